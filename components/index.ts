// bail-safeguarding: importing this module defines <bail-safeguarding-check>.
import { define } from './define.js';

export * from './element.js';

define();
