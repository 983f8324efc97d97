// Properties a host sets after the element is defined but before its first update must win over those it set
// before the definition loaded (a framework may do both). Lit puts the earlier values back at the first update,
// over anything set since: the element's setters report here, and the first update puts the later ones back.
export class LateProperties {
  #early: Map<PropertyKey, unknown> | undefined;
  #late: Map<PropertyKey, unknown> | undefined;

  /** From now on, each set is remembered until the first update (call once the constructor's defaults are set). */
  listen(): void {
    this.#early = new Map();
  }

  /** A property's setter was called. */
  set(name: PropertyKey, value: unknown): void {
    this.#early?.set(name, value);
  }

  /** At each performUpdate, before Lit puts back the earlier values: the first one stops listening. */
  stop(): void {
    this.#late ??= this.#early;
    this.#early = undefined;
  }

  /** At the start of the first willUpdate: the values set since the upgrade, back on top. */
  putBack(target: object): void {
    this.#late?.forEach((value, name) => ((target as Record<PropertyKey, unknown>)[name] = value));
    this.#late = undefined;
  }
}
