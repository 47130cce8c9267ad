import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", ".local/", "test-output/", "teamsapp/build/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        __dirname: "readonly",
        require: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        setImmediate: "readonly",
        URL: "readonly",
        fetch: "readonly",
        Buffer: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    // Only src/teams/ may import the Bot Framework SDK or Teams AI: the move to the Teams SDK stays contained.
    files: ["src/**/*.ts"],
    ignores: ["src/teams/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["botbuilder*", "@microsoft/teams-ai", "botframework-*"] },
      ],
    },
  },
  {
    // Domain code must stay free of Bot Framework / Teams AI / Cosmos imports.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: ["botbuilder*", "@microsoft/teams-ai", "@azure/*", "restify", "botframework-*"],
        },
      ],
    },
  },
);
