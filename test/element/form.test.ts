import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BailSafeguardingCheck } from '../../components/element.js';
import { cleanup, completeAssessment, heading, mount, shadow } from '../helpers.js';
import { testPack } from './test-pack.js';

async function inForm() {
  const form = document.createElement('form');
  document.body.append(form);
  const el = await mount(el => {
    el.rulePack = testPack();
    el.setAttribute('name', 'bailCheck');
  }, form);
  return { form, el };
}

describe('<bail-safeguarding-check>: a form field', () => {
  afterEach(cleanup);

  it('is form-associated and invalid (value missing, with a message) until the decision is recorded', async () => {
    expect(BailSafeguardingCheck.formAssociated).to.equal(true);
    const { form, el } = await inForm();
    expect(el.form).to.equal(form);
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Complete the bail safeguarding check');
    expect(new FormData(form).get('bailCheck')).to.equal(null);
    let submitted = false;
    form.addEventListener('submit', e => {
      submitted = true;
      e.preventDefault();
    });
    form.requestSubmit();
    expect(submitted).to.equal(false);

    const { detail: record } = await completeAssessment(el);
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    expect(el.validity.valid).to.equal(true);
    expect(JSON.parse(String(new FormData(form).get('bailCheck')))).to.deep.equal(record);
    form.requestSubmit();
    expect(submitted).to.equal(true);
  });

  it('resets with the form: back to the start, answers cleared, invalid again', async () => {
    const { form, el } = await inForm();
    await completeAssessment(el);
    form.reset();
    await el.updateComplete;
    expect(heading(el)).to.equal('Test safeguarding pack');
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('[data-heading]'));
    expect(new FormData(form).get('bailCheck')).to.equal(null);
    expect(form.checkValidity()).to.equal(false);
    expect(shadow(el).querySelector('input:checked')).to.equal(null);
  });

  it('is disabled by a disabled fieldset around it: no control works, no shortcut acts', async () => {
    const { form, el } = await inForm();
    const fieldset = document.createElement('fieldset');
    form.append(fieldset);
    fieldset.append(el);
    fieldset.disabled = true;
    await el.updateComplete;
    const controls = shadow(el).querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button');
    expect(controls.length).to.be.greaterThan(0);
    controls.forEach(c => expect(c.matches(':disabled')).to.equal(true));
    el.focus();
    shadow(el).querySelector<HTMLElement>('[data-heading]')!.focus();
    await sendKeys({ press: '1' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shadow(el).querySelector('input:checked')).to.equal(null);
    expect(shadow(el).querySelector('[part~="error-summary"]')).to.equal(null);
    fieldset.disabled = false;
    await el.updateComplete;
    controls.forEach(c => expect(c.matches(':disabled')).to.equal(false));
  });
});
