/**
 * Reads infra/azure.bicep as text (no bicep CLI needed) and checks what the code relies on: the
 * Cosmos layout of src/store/containers.ts, keyless access, and the app settings the config loader
 * reads. Also cross-checks the parameters file and teamsapp.yml against the template.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it, expect } from "vitest";
import { CONTAINERS, DATABASE_ID } from "../../src/store/containers";
import { loadEnv, placeholdersIn } from "../../scripts/package-app";

const root = join(__dirname, "..", "..");
const read = (file: string): string => readFileSync(join(root, file), "utf8");
const bicep = read("infra/azure.bicep");

/** The text of the first `[ ... ]` or `{ ... }` block that starts right after `prefix`. */
function blockAfter(prefix: string): string {
  const start = bicep.indexOf(prefix);
  if (start < 0) throw new Error(`azure.bicep has no "${prefix}"`);
  const open = start + prefix.length;
  const close = { "[": "]", "{": "}" }[bicep[open] as "[" | "{"];
  let depth = 0;
  for (let i = open; i < bicep.length; i++) {
    if (bicep[i] === bicep[open]) depth++;
    if (bicep[i] === close && --depth === 0) return bicep.slice(open, i + 1);
  }
  throw new Error(`unclosed block after "${prefix}"`);
}

/** `param name type [= default]` declarations, with whether a default is given. */
function params(): Map<string, { hasDefault: boolean; line: string }> {
  const found = new Map<string, { hasDefault: boolean; line: string }>();
  for (const m of bicep.matchAll(/^param (\w+) \w+(\s*=.*)?$/gm)) {
    found.set(m[1] as string, { hasDefault: m[2] !== undefined, line: m[0] });
  }
  return found;
}

/** Names in the web app's appSettings array. */
const appSettings = [...blockAfter("appSettings: ").matchAll(/name: '([^']+)'/g)].map((m) => m[1]);

describe("Cosmos DB in azure.bicep matches src/store/containers.ts", () => {
  it("declares the database id the code uses", () => {
    expect(bicep).toMatch(new RegExp(`^var cosmosDatabaseId = '${DATABASE_ID}'$`, "m"));
    // ...and that variable is what names the database resource.
    expect(blockAfter("sqlDatabases@2024-05-15' = ")).toContain("name: cosmosDatabaseId");
  });

  it("declares exactly the code's containers and partition keys, no more, no fewer", () => {
    const block = blockAfter("var cosmosContainers = ");
    const declared = [...block.matchAll(/\{\s*id: '([^']+)', partitionKey: '([^']+)'\s*\}/g)].map(
      (m) => ({ id: m[1], partitionKey: m[2] }),
    );
    // Every entry must be in the one-line form parsed above, so none can slip past.
    expect(block.match(/\{/g)?.length).toBe(declared.length);
    const byId = (a: { id?: string }, b: { id?: string }): number =>
      (a.id ?? "").localeCompare(b.id ?? "");
    expect(declared.sort(byId)).toEqual(
      Object.values(CONTAINERS)
        .map((c) => ({ ...c }))
        .sort(byId),
    );
  });

  it("creates one container per entry with that partition key", () => {
    const resource = blockAfter("containers@2024-05-15' = ");
    expect(resource).toMatch(/for container in cosmosContainers:/);
    expect(resource).toContain("id: container.id");
    expect(resource).toContain("paths: [container.partitionKey]");
  });

  it("is keyless, serverless by default, and grants the identity the data contributor role", () => {
    expect(bicep).toContain("disableLocalAuth: true");
    expect(params().get("cosmosCapacityMode")?.line).toMatch(/= 'Serverless'$/);
    expect(bicep).toMatch(/isServerless \? \[\{ name: 'EnableServerless' \}\]/);
    const role = blockAfter("sqlRoleAssignments@2024-05-15' = ");
    expect(bicep).toContain(
      "var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'",
    );
    expect(role).toContain("principalId: identity.properties.principalId");
    expect(role).toContain("/sqlRoleDefinitions/${cosmosDataContributorRoleId}");
  });
});

describe("App Service in azure.bicep", () => {
  it("runs the built bot on Node 22 LTS (Linux) with a /healthz health check", () => {
    expect(bicep).toContain("linuxFxVersion: 'NODE|22-lts'");
    expect(bicep).toContain("appCommandLine: 'node dist/src/index.js'");
    expect(bicep).toContain("healthCheckPath: '/healthz'");
    expect(bicep).toContain("httpsOnly: true");
    expect(bicep).toContain("ftpsState: 'Disabled'");
    expect(bicep).toContain("reserved: true");
  });

  it("sets every app setting the config loader reads from Azure", () => {
    for (const name of [
      "BOT_ID",
      "BOT_TYPE",
      "BOT_TENANT_ID",
      "COSMOS_ENDPOINT",
      "AZURE_CLIENT_ID",
      "NUDGE_TRIGGER_SECRET",
      "APPLICATIONINSIGHTS_CONNECTION_STRING",
      "LOG_LEVEL",
      "WEBSITE_RUN_FROM_PACKAGE",
    ]) {
      expect(appSettings, name).toContain(name);
    }
    expect(bicep).toContain("{ name: 'BOT_TYPE', value: 'UserAssignedMsi' }");
  });

  it("sets no secrets a managed identity makes unnecessary", () => {
    expect(appSettings).not.toContain("BOT_PASSWORD");
    expect(appSettings).not.toContain("COSMOS_KEY");
  });

  it("takes the nudge secret from a secure parameter", () => {
    expect(bicep).toMatch(
      /@secure\(\)\n(@description\([^\n]*\)\n)?param nudgeTriggerSecret string$/m,
    );
    expect(bicep).toContain("{ name: 'NUDGE_TRIGGER_SECRET', value: nudgeTriggerSecret }");
  });
});

describe("Azure Bot in azure.bicep", () => {
  it("uses the user-assigned identity and the Teams channel", () => {
    const bot = blockAfter("botServices@2022-09-15' = ");
    expect(bot).toContain("msaAppType: 'UserAssignedMSI'");
    expect(bot).toContain("msaAppMSIResourceId: identity.id");
    expect(bot).toContain("msaAppId: identity.properties.clientId");
    expect(bot).toContain("endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'");
    expect(bicep).toContain("channelName: 'MsTeamsChannel'");
  });
});

describe("parameters file and teamsapp.yml agree with the template", () => {
  it("azure.parameters.json sets only declared parameters and every required one", () => {
    const file = JSON.parse(read("infra/azure.parameters.json")) as {
      parameters: Record<string, unknown>;
    };
    const declared = params();
    for (const name of Object.keys(file.parameters)) expect(declared.has(name), name).toBe(true);
    for (const [name, p] of declared) {
      if (!p.hasDefault) expect(Object.keys(file.parameters), name).toContain(name);
    }
  });

  it("every manifest placeholder is written by provision or has a value in env/.env.dev", () => {
    const outputs = [...bicep.matchAll(/^output (\w+) /gm)].map((m) => m[1]);
    const provisioned = new Set([...outputs, "TEAMS_APP_ID"]);
    const env = loadEnv(root, "dev");
    const names = placeholdersIn(read("teamsapp/manifest.json"));
    expect(names).toEqual(expect.arrayContaining(["TEAMS_APP_ID", "BOT_ID", "BOT_DOMAIN"]));
    for (const name of names) expect(provisioned.has(name) || !!env[name], name).toBe(true);
  });

  it("teamsapp.yml deploys this template and zip-deploys to the web app it outputs", () => {
    const yml = read("teamsapp.yml");
    expect(yml).toContain("path: ./infra/azure.bicep");
    expect(yml).toContain("parameters: ./infra/azure.parameters.json");
    expect(yml).toContain("resourceId: ${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}");
    expect(bicep).toMatch(/^output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id$/m);
  });
});
