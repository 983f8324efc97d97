// SurveyJS: load survey-core, survey-js-ui and the CSS (fontless: the default one fetches Open Sans from
// Google, which a closed network refuses), and the default pack converted by
// bench/pack-to-surveyjs.mjs; then render the survey into a container already in the page.
// For keypress → next screen, the element's "K" shortcut (answer "not known" and go on) is given to
// SurveyJS by the page, as a host would: the current question answered, then nextPage().
/* global document, window */
import { measure, watchKeys } from './measure.js';

const element = (tag, attributes) =>
  new Promise((resolve, reject) => {
    const node = Object.assign(document.createElement(tag), attributes, { onload: resolve, onerror: reject });
    document.head.append(node);
  });
let json;
let survey;

const root = await measure(
  async () => {
    const css = element('link', { rel: 'stylesheet', href: '/node_modules/survey-core/survey-core.fontless.min.css' });
    await element('script', { src: '/node_modules/survey-core/survey.core.min.js' });
    await element('script', { src: '/node_modules/survey-js-ui/survey-js-ui.min.js' });
    json = (await import('/node_modules/.cache/bench/surveyjs-questionnaire.js')).default;
    await css;
  },
  () => {
    const container = document.createElement('div');
    document.body.append(container);
    survey = new window.Survey.Model(json);
    survey.render(container);
    return container;
  }
);
window.addEventListener('keydown', event => {
  if (event.key !== 'k') return;
  const question = survey.currentPage?.questions.find(q => q.isVisible);
  if (!question) return;
  const values = (question.choices ?? []).map(c => c.value);
  question.value = values.includes('unknown') ? 'unknown' : (values[0] ?? 'Not recorded yet');
  survey.nextPage();
});
watchKeys(
  root,
  () => root.querySelector('.sd-question__title')?.textContent,
  () => (survey.isLastPage ? null : 'k')
);
