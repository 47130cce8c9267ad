// Runs on `npm install`/`npm ci`: applies patches/ to the local store's packages
// (@vercel/cosmosdb-server and its query engine, dev dependencies; see patches/README.md).
// A production install (`--omit=dev`) has neither them nor patch-package, so there is nothing to do.
const { spawnSync } = require("node:child_process");

function installed(name) {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}

if (!installed("patch-package")) {
  console.log(
    "apply-patches: patch-package is not installed (production install); nothing to patch",
  );
  process.exit(0);
}
const result = spawnSync("patch-package", ["--error-on-fail"], { stdio: "inherit", shell: true });
process.exit(result.status ?? 1);
