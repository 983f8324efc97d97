// SurveyJS: load survey-core, survey-js-ui and the CSS (fontless: the default one fetches Open Sans from
// Google, which a closed network refuses), and the default pack converted by
// bench/pack-to-surveyjs.mjs; then render the survey into a container already in the page.
/* global document, window */
import { measure } from './measure.js';

const element = (tag, attributes) =>
  new Promise((resolve, reject) => {
    const node = Object.assign(document.createElement(tag), attributes, { onload: resolve, onerror: reject });
    document.head.append(node);
  });
let survey;

await measure(
  async () => {
    const css = element('link', { rel: 'stylesheet', href: '/node_modules/survey-core/survey-core.fontless.min.css' });
    await element('script', { src: '/node_modules/survey-core/survey.core.min.js' });
    await element('script', { src: '/node_modules/survey-js-ui/survey-js-ui.min.js' });
    survey = (await import('/node_modules/.cache/bench/surveyjs-questionnaire.js')).default;
    await css;
  },
  () => {
    const container = document.createElement('div');
    document.body.append(container);
    new window.Survey.Model(survey).render(container);
    return container;
  }
);
