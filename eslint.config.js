import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Lint config for src/<folder>: importing from one of the `above` folders is an error, and so is React in the
 * pure folders (data, geo, state, embed), which tests call directly and the build runs in Node.
 */
function layer(folder, above, { pure = false } = {}) {
  const patterns = [
    {
      regex: `^\\.\\./(${above.join('|')})(/|$)`,
      message: `src/${folder} does not import from ${above.join(', ')}: the layers are data → geo → state → embed → map / panel → app.`,
    },
  ];
  if (pure) {
    patterns.push({
      regex: '^react(-dom)?(/|$)',
      message: `src/${folder} is pure code: no React, no DOM.`,
    });
  }
  return { files: [`src/${folder}/**/*.{ts,tsx}`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench/results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  // The layers data → geo → state → embed → map / panel → app: a folder imports only from the layers below it.
  layer('data', ['geo', 'state', 'embed', 'map', 'panel', 'app'], { pure: true }),
  layer('geo', ['state', 'embed', 'map', 'panel', 'app'], { pure: true }),
  layer('state', ['embed', 'map', 'panel', 'app'], { pure: true }),
  layer('embed', ['map', 'panel', 'app'], { pure: true }),
  layer('map', ['panel', 'app']),
  layer('panel', ['map', 'app']),
  {
    files: ['**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
