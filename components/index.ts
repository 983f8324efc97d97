// bail-safeguarding: importing this module defines <bail-safeguarding-check> in a page (in Node, nothing).
import { define } from './define.js';

export * from './element.js';

define();
