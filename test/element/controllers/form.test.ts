// The form controller on a bare form-associated host inside a real form: invalid (value missing, with the message
// and focus to the heading) until a final record is set, then the record's JSON as the value; disabled by a
// disabled fieldset around it.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { FormController } from '../../../components/bail-safeguarding-check/controllers/form.js';
import { assess } from '../../../src/record.js';
import { testPack } from '../test-pack.js';
import { bareHost, removeHosts } from './host.js';

function inForm() {
  const form = document.createElement('form');
  const fieldset = document.createElement('fieldset');
  const host = bareHost();
  host.setAttribute('name', 'check');
  host.view = () => html`<h2 tabindex="-1" data-heading>Step</h2>`;
  let message = 'Complete the bail safeguarding check';
  const internals = host.attachInternals();
  const field = new FormController(host, internals, {
    message: () => message,
    anchor: () => host.renderRoot.querySelector<HTMLElement>('[data-heading]') ?? undefined
  });
  fieldset.append(host);
  form.append(fieldset);
  document.body.append(form);
  return { form, fieldset, host, field, internals, say: (words: string) => (message = words) };
}

const provisional = () => assess({ answers: {}, pack: testPack(), now: '2026-11-26T02:00:00Z' });
const final = () =>
  assess({
    answers: {},
    pack: testPack(),
    now: '2026-11-26T02:00:00Z',
    decision: { outcome: 'release-under-investigation' }
  });

describe('FormController', () => {
  afterEach(() => {
    removeHosts();
    document.querySelectorAll('form').forEach(f => f.remove());
  });

  it('is invalid, with the message in the element’s language, until a final record is its value', async () => {
    const { form, host, field, internals, say } = inForm();
    await host.updateComplete;
    expect(internals.form).to.equal(form);
    expect([internals.checkValidity(), internals.validity.valueMissing, internals.validationMessage]).to.deep.equal([
      false,
      true,
      'Complete the bail safeguarding check'
    ]);
    say('Cwblhewch y gwiriad diogelu mechnïaeth');
    host.requestUpdate();
    await host.updateComplete;
    expect(internals.validationMessage).to.equal('Cwblhewch y gwiriad diogelu mechnïaeth');

    field.setRecord(await provisional());
    await host.updateComplete;
    expect(internals.checkValidity(), 'a provisional record is no value').to.equal(false);
    expect(new FormData(form).get('check')).to.equal(null);

    const record = await final();
    field.setRecord(record);
    expect(internals.checkValidity(), 'valid at once, before any update').to.equal(true);
    expect(JSON.parse(String(new FormData(form).get('check')))).to.deep.equal(record);
    await host.updateComplete;
    expect(internals.validity.valid).to.equal(true);

    field.setRecord(undefined);
    await host.updateComplete;
    expect([internals.checkValidity(), new FormData(form).get('check')]).to.deep.equal([false, null]);
  });

  it('sends focus to the step’s heading when the browser reports it invalid', async () => {
    const { host, internals } = inForm();
    await host.updateComplete;
    expect(internals.reportValidity()).to.equal(false);
    expect(host.shadowRoot!.activeElement).to.equal(host.renderRoot.querySelector('[data-heading]'));
  });

  it('is disabled while a disabled fieldset around it is, and the host updates', async () => {
    const { fieldset, host, field } = inForm();
    host.onFormDisabled = disabled => field.setDisabled(disabled);
    await host.updateComplete;
    expect(field.disabled).to.equal(false);
    fieldset.disabled = true;
    expect(field.disabled).to.equal(true);
    expect(host.isUpdatePending, 'an update asked for').to.equal(true);
    fieldset.disabled = false;
    expect(field.disabled).to.equal(false);
  });
});
