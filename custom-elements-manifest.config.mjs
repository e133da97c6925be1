// Generates custom-elements.json from the components' JSDoc (`npm run manifest`).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in the order its file walk finds them, which varies from run to run; sorted,
      // the manifest is the same on every machine and the staleness check compares like with like.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
    {
      // An attribute's type and default are its field's: the analyzer resolves a constant initializer
      // (`limit = DEFAULT_LIMIT`) for the field only, and leaves the attribute untyped with the constant's name.
      name: 'attributes-like-fields',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          for (const declaration of mod.declarations ?? [])
            for (const attribute of declaration.attributes ?? []) {
              const field = declaration.members?.find((m) => m.name === attribute.fieldName);
              if (!field) continue;
              if (!attribute.type && field.type) attribute.type = field.type;
              if (
                field.default !== undefined &&
                !/^['"\d-]|^(true|false|null|undefined)$/.test(attribute.default ?? '')
              )
                attribute.default = field.default;
            }
      },
    },
  ],
};
