import type { Container } from "@azure/cosmos";
import {
  deleteItem,
  parseDocument,
  queryPage,
  readDocument,
  writeDocument,
} from "./cosmos-operations";
import { documentIds, DOCUMENT_TYPES } from "./document-ids";
import type { DocumentInput, DocumentOf } from "./schemas";
import type { StoreContext } from "./store-context";

/** What a proactive message needs to reach a conversation later (no message content). */
export interface ConversationReferenceRecord {
  kind: "channel" | "personal" | "groupChat";
  teamId?: string;
  channelId?: string;
  conversationId: string;
  serviceUrl: string;
  tenantId?: string;
  botId: string;
  /** The person of a personal chat. */
  userId?: string;
  updatedAt?: string;
}

type ReferenceDocument = DocumentOf<typeof DOCUMENT_TYPES.conversation>;

/** A reference document as callers see it (also read by the team's nudge query). */
export function referenceView(doc: ReferenceDocument): ConversationReferenceRecord {
  const record: ConversationReferenceRecord = {
    kind: doc.kind,
    conversationId: doc.conversationId,
    serviceUrl: doc.serviceUrl,
    botId: doc.botId,
    updatedAt: doc.updatedAt,
  };
  if (doc.teamId !== undefined) record.teamId = doc.teamId;
  if (doc.channelId !== undefined) record.channelId = doc.channelId;
  if (doc.tenantId !== undefined) record.tenantId = doc.tenantId;
  if (doc.userId !== undefined) record.userId = doc.userId;
  return record;
}

/**
 * Where each reference lives:
 * - channel: `teams` container, team's partition, id `conversation:<channelId>`;
 * - personal: `users` container, the user's partition, id `personal-conversation`;
 * - group chat: `teams` container, partition = `teamId` if given, else the chat's conversation
 *   id (a group chat that uses the bot is its own "team"), id `conversation:<conversationId>`.
 * Writes are upserts on purpose: Teams sends a fresh reference with each install/message and
 * the newest one is the valid one, so last write wins is right here.
 */
export class ConversationReferenceRepository {
  constructor(private readonly ctx: StoreContext) {}

  async save(reference: ConversationReferenceRecord): Promise<void> {
    const updatedAt = this.ctx.clock.now().toISOString();
    const base = { type: DOCUMENT_TYPES.conversation, ...reference, updatedAt };
    switch (reference.kind) {
      case "channel": {
        const { teamId, channelId } = reference;
        if (!teamId || !channelId)
          throw new Error("a channel reference needs teamId and channelId");
        await this.upsert(this.ctx.teams, {
          ...base,
          id: documentIds.channelConversation(channelId),
          teamId,
        });
        return;
      }
      case "personal": {
        const { userId } = reference;
        if (!userId) throw new Error("a personal reference needs userId");
        await this.upsert(this.ctx.users, {
          ...base,
          id: documentIds.personalConversation(),
          userId,
        });
        return;
      }
      case "groupChat":
        await this.upsert(this.ctx.teams, {
          ...base,
          id: documentIds.channelConversation(reference.conversationId),
          teamId: reference.teamId ?? reference.conversationId,
        });
        return;
    }
  }

  async getChannel(teamId: string, channelId: string): Promise<ConversationReferenceRecord | null> {
    const id = documentIds.channelConversation(channelId);
    const found = await readDocument(
      this.ctx,
      this.ctx.teams,
      DOCUMENT_TYPES.conversation,
      id,
      teamId,
    );
    return found === null ? null : referenceView(found.doc);
  }

  /** The team's channel references (and group chats filed under it), newest first. */
  async listForTeam(teamId: string): Promise<ConversationReferenceRecord[]> {
    const page = await queryPage(
      this.ctx,
      this.ctx.teams,
      teamId,
      "SELECT * FROM c WHERE c.teamId = @teamId AND c.type = @type ORDER BY c.updatedAt DESC",
      [
        { name: "@teamId", value: teamId },
        { name: "@type", value: DOCUMENT_TYPES.conversation },
      ],
      // A team has a handful of channels; one page is plenty.
      { maxItemCount: 100 },
    );
    return page.items.map((item) =>
      referenceView(parseDocument(DOCUMENT_TYPES.conversation, item)),
    );
  }

  async getGroupChat(conversationId: string, teamId?: string) {
    return this.getChannel(teamId ?? conversationId, conversationId);
  }

  async getPersonal(userId: string): Promise<ConversationReferenceRecord | null> {
    const id = documentIds.personalConversation();
    const found = await readDocument(
      this.ctx,
      this.ctx.users,
      DOCUMENT_TYPES.conversation,
      id,
      userId,
    );
    return found === null ? null : referenceView(found.doc);
  }

  /** When the user uninstalls the bot or blocks it (403/404 on send): stop writing to them. */
  async removePersonal(userId: string): Promise<boolean> {
    return deleteItem(this.ctx, this.ctx.users, documentIds.personalConversation(), userId);
  }

  private async upsert(
    container: Container,
    body: DocumentInput<typeof DOCUMENT_TYPES.conversation>,
  ) {
    await writeDocument(this.ctx, container, DOCUMENT_TYPES.conversation, body, { kind: "upsert" });
  }
}
