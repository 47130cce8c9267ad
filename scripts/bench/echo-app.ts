/**
 * The floor: a bare teams-ai app on the bot's own stack (restify 11 + teams-ai's TeamsAdapter +
 * `Application`, same options as the bot), with no storage. A message gets one text reply through
 * the connector; a card action gets a one-line invoke answer. What the bot costs beyond this is
 * what our code costs.
 */
import type { AddressInfo } from "node:net";
import restify from "restify";
import { ActivityTypes, ConfigurationServiceClientCredentialFactory } from "botbuilder";
import { Application, TeamsAdapter, type TurnState } from "@microsoft/teams-ai";
import { serveParent } from "./child-ipc";

const adapter = new TeamsAdapter({}, new ConfigurationServiceClientCredentialFactory({}));
const application = new Application<TurnState>({
  adapter,
  removeRecipientMention: true,
  startTypingTimer: false,
});
application.activity(ActivityTypes.Message, async (context) => {
  await context.sendActivity(`echo: ${context.activity.text ?? ""}`);
});
application.adaptiveCards.actionExecute(/.*/, async () => "ok");

const server = restify.createServer({ name: "echo-floor" });
server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 1_000_000 }));
server.post("/api/messages", async (req, res) => {
  await adapter.process(req, res, (context) => application.run(context).then(() => undefined));
});
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  serveParent(port, () => ({}));
});
