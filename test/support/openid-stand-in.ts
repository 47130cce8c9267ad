import { createHmac, generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in for Bot Framework's OpenID metadata service (login.botframework.com) on loopback,
 * so the adapter's real token validation runs offline: it serves the OpenID configuration and a
 * JWKS with one trusted RSA key, and signs tokens the way the Bot Connector does, or forges them
 * the ways an attacker would.
 */
export const BOT_FRAMEWORK_ISSUER = "https://api.botframework.com";
export const TRUSTED_KEY_ID = "trusted-key-1";

export interface TokenOptions {
  /** The bot's app id: the token's audience. */
  appId: string;
  /** The activity's serviceUrl, which Bot Framework binds into the token. */
  serviceUrl: string;
  /** Claims to override or add (e.g. `exp`, `nbf`, `iss`, `aud`). */
  claims?: Record<string, unknown>;
}

export type ForgeryKind =
  | "forged signature"
  | "alg=none"
  | "HS256 signed with the public key"
  | "attacker's key under the trusted key id"
  | "expired"
  | "not yet valid (nbf in the future)"
  | "wrong audience"
  | "wrong issuer";

export const FORGERIES: readonly ForgeryKind[] = [
  "forged signature",
  "alg=none",
  "HS256 signed with the public key",
  "attacker's key under the trusted key id",
  "expired",
  "not yet valid (nbf in the future)",
  "wrong audience",
  "wrong issuer",
];

export interface OpenIdStandIn {
  /** Pass to `createTeamsAdapter(…, { openIdMetadataUrl })`. */
  metadataUrl: string;
  /** A valid token, as Bot Framework would send it. */
  token(options: TokenOptions): string;
  /** A token that must be refused, of the given kind. */
  forge(kind: ForgeryKind, options: TokenOptions): string;
  /** How many times the adapter fetched the metadata or the keys. */
  requests(): number;
  stop(): Promise<void>;
}

const base64url = (data: Buffer | string): string => Buffer.from(data).toString("base64url");

function encode(header: object, payload: object): string {
  return `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
}

function signRs256(header: object, payload: object, key: KeyObject): string {
  const unsigned = encode(header, payload);
  return `${unsigned}.${base64url(sign("sha256", Buffer.from(unsigned), key))}`;
}

function claimsFor(options: TokenOptions, nowSeconds: number): Record<string, unknown> {
  return {
    iss: BOT_FRAMEWORK_ISSUER,
    aud: options.appId,
    serviceurl: options.serviceUrl,
    nbf: nowSeconds - 60,
    iat: nowSeconds - 60,
    exp: nowSeconds + 3600,
    ...options.claims,
  };
}

export async function startOpenIdStandIn(): Promise<OpenIdStandIn> {
  const trusted = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const attacker = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = trusted.publicKey.export({ format: "jwk" });
  let requests = 0;

  const server = http.createServer((req, res) => {
    requests += 1;
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader("content-type", "application/json");
    if (req.url === "/v1/.well-known/openidconfiguration") {
      res.end(
        JSON.stringify({
          issuer: BOT_FRAMEWORK_ISSUER,
          jwks_uri: `${origin}/v1/.well-known/keys`,
          id_token_signing_alg_values_supported: ["RS256"],
          token_endpoint_auth_methods_supported: ["private_key_jwt"],
        }),
      );
      return;
    }
    if (req.url === "/v1/.well-known/keys") {
      res.end(
        JSON.stringify({
          keys: [
            {
              kty: "RSA",
              use: "sig",
              kid: TRUSTED_KEY_ID,
              n: jwk.n,
              e: jwk.e,
              endorsements: ["msteams"],
            },
          ],
        }),
      );
      return;
    }
    res.statusCode = 404;
    res.end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.address() as AddressInfo).port;
  const header = { alg: "RS256", typ: "JWT", kid: TRUSTED_KEY_ID };
  const now = () => Math.floor(Date.now() / 1000);

  const token = (options: TokenOptions) =>
    signRs256(header, claimsFor(options, now()), trusted.privateKey);

  const forge = (kind: ForgeryKind, options: TokenOptions): string => {
    const claims = claimsFor(options, now());
    // Validation allows five minutes of clock skew; these are well outside it.
    const hour = 3600;
    switch (kind) {
      case "forged signature": {
        const [head, , signature] = token(options).split(".");
        const payload = base64url(JSON.stringify({ ...claims, aud: options.appId, admin: true }));
        return `${head}.${payload}.${signature}`;
      }
      case "alg=none":
        return `${encode({ alg: "none", typ: "JWT", kid: TRUSTED_KEY_ID }, claims)}.`;
      case "HS256 signed with the public key": {
        const hsHeader = { alg: "HS256", typ: "JWT", kid: TRUSTED_KEY_ID };
        const unsigned = encode(hsHeader, claims);
        const secret = trusted.publicKey.export({ type: "spki", format: "pem" });
        return `${unsigned}.${base64url(createHmac("sha256", secret).update(unsigned).digest())}`;
      }
      case "attacker's key under the trusted key id":
        return signRs256(header, claims, attacker.privateKey);
      case "expired":
        return signRs256(
          header,
          { ...claims, nbf: now() - 3 * hour, iat: now() - 3 * hour, exp: now() - 2 * hour },
          trusted.privateKey,
        );
      case "not yet valid (nbf in the future)":
        return signRs256(
          header,
          { ...claims, nbf: now() + hour, exp: now() + 2 * hour },
          trusted.privateKey,
        );
      case "wrong audience":
        return signRs256(
          header,
          { ...claims, aud: "00000000-0000-0000-0000-0000000000aa" },
          trusted.privateKey,
        );
      case "wrong issuer":
        return signRs256(header, { ...claims, iss: "https://evil.example" }, trusted.privateKey);
    }
  };

  return {
    metadataUrl: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`,
    token,
    forge,
    requests: () => requests,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
