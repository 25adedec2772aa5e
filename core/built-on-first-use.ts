/** An object whose every property is made by its builder the first time it is read, then kept. */
export function builtOnFirstUse<Builders extends Record<string, () => unknown>>(builders: Builders): { readonly [Name in keyof Builders]: ReturnType<Builders[Name]> } {
  const built = {} as { [Name in keyof Builders]: ReturnType<Builders[Name]> };
  for (const name of Object.keys(builders) as (keyof Builders & string)[]) {
    Object.defineProperty(built, name, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = builders[name]!() as ReturnType<Builders[typeof name]>;
        Object.defineProperty(built, name, { value, enumerable: true, writable: false, configurable: false });
        return value;
      },
    });
  }
  return built;
}
