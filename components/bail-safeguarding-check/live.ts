// Property bindings (.value, .checked) compared with the control's own value, not the value rendered last, as
// Lit's live() compares them: a radio the officer or a shortcut checked, or a field kept for the next question,
// shows the state's answer after every render. Lit's directive also serves attribute bindings and checks at run
// time where it is used, shipping a message for each misuse; this element binds only properties with it.
import { noChange, type PropertyPart } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { setCommittedValue } from 'lit/directive-helpers.js';

class LiveProperty extends Directive {
  render(value: unknown) {
    return value;
  }

  override update(part: PropertyPart, [value]: [unknown]) {
    if (value === (part.element as unknown as Record<string, unknown>)[part.name]) return noChange;
    // Forget the value rendered last, so that the binding sets this one even when it is the same.
    setCommittedValue(part);
    return value;
  }
}

export const live = directive(LiveProperty);
