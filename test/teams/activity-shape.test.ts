import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkActivityShape } from "../../src/teams/activity-shape";
import { cardAction, message } from "../support/teams-activities";

/**
 * What Microsoft 365 Agents Playground 0.2.28 sent the bot when a browser opened it, went to the
 * team's General channel and wrote "@Implementeringsguiden hjælp" (recorded at the bot endpoint):
 * install and membersAdded for the personal chat and the team, then the message.
 */
const PLAYGROUND_ACTIVITIES = JSON.parse(
  fs.readFileSync(path.join(__dirname, "fixtures/playground-activities.json"), "utf8"),
) as unknown[];

describe("the edge's activity shape check", () => {
  it("lets through everything the Playground sends in local mode (http to its loopback connector)", () => {
    expect(PLAYGROUND_ACTIVITIES.length).toBeGreaterThanOrEqual(5);
    for (const activity of PLAYGROUND_ACTIVITIES) {
      expect(checkActivityShape(activity, { localMode: true })).toMatchObject({ ok: true });
    }
  });

  it("lets through Teams' messages and card actions with authentication (https serviceUrl)", () => {
    for (const activity of [message("hjælp"), cardAction("setupSave", { a: 1 })]) {
      expect(checkActivityShape(activity, { localMode: false })).toMatchObject({ ok: true });
    }
  });

  it.each([
    ["http://localhost:56150/_connector", true, true],
    ["http://127.0.0.1:56150/_connector", true, true],
    ["http://[::1]:56150/_connector", true, true],
    ["https://smba.trafficmanager.net/emea/", true, false],
    ["http://192.0.2.2:56150/_connector", true, false],
    ["http://localhost.evil.example/", true, false],
    ["https://smba.trafficmanager.net/emea/", false, true],
    ["http://smba.trafficmanager.net/emea/", false, false],
    ["http://localhost:56150/_connector", false, false],
    ["https://user:secret@smba.trafficmanager.net/", false, false],
  ])("serviceUrl %s in %s local mode: allowed %s", (serviceUrl, localMode, allowed) => {
    const activity = { ...message("hjælp"), serviceUrl };
    expect(checkActivityShape(activity, { localMode }).ok).toBe(allowed);
  });
});
