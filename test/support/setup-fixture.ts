import { randomUUID } from "node:crypto";
import { SETUP_VERBS } from "../../src/features/setup/verbs";
import { LARS, METTE, SOFIE, cardAction, type BotHarness } from "./teams-activities";

/** The card data of a complete, valid setup (Mette leads, Lars approves, Sofie consults). */
export const VALID_SETUP = {
  programmeId: "social-skills-training",
  organisationName: "Aarhus Kommune",
  startDate: "2027-02-01",
  language: "da",
  projectLeaderId: METTE.id,
  approverIds: LARS.id,
  consultantIds: SOFIE.id,
  statusMeetingSlot: "2. tirsdag 10:00",
  supervisionSlot: "3. torsdag 13:00",
};

/** Saves the setup through the card, as Mette would. */
export async function setUpTeam(
  bot: BotHarness,
  overrides: Record<string, string> = {},
): Promise<void> {
  const result = await bot.send(
    cardAction(SETUP_VERBS.save, {
      ...VALID_SETUP,
      actionId: randomUUID(),
      expectedVersion: "0",
      ...overrides,
    }),
  );
  if (result.replies.length === 0) throw new Error("setup was not saved");
}
