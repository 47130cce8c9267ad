"use strict";
/**
 * Preloaded into the Microsoft 365 Agents Playground (`node --require`): its CLI has no host
 * option and calls `server.listen(port)`, which listens on every interface, so anyone on the
 * network could drive the unauthenticated local bot through it. This makes every TCP server in
 * that process listen on loopback (127.0.0.1) unless it already asked for a specific address.
 * Paths (Unix sockets, pipes) and handles are left alone.
 */
const net = require("node:net");

const LOOPBACK = "127.0.0.1";
const WILDCARDS = new Set([undefined, null, "", "0.0.0.0", "::", "[::]"]);
const originalListen = net.Server.prototype.listen;

function isPort(value) {
  return typeof value === "number" || (typeof value === "string" && /^\d+$/.test(value));
}

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first] = args;
  if (isPort(first) || first === undefined || typeof first === "function") {
    // listen([port][, host][, backlog][, callback])
    const port = typeof first === "function" || first === undefined ? 0 : first;
    const rest = typeof first === "function" ? args : args.slice(1);
    const host =
      typeof rest[0] === "string" || rest[0] === undefined || rest[0] === null
        ? rest.shift()
        : undefined;
    return originalListen.call(this, port, WILDCARDS.has(host) ? LOOPBACK : host, ...rest);
  }
  if (
    typeof first === "object" &&
    first !== null &&
    first.path === undefined &&
    first.fd === undefined &&
    !("_handle" in first) &&
    !("handle" in first)
  ) {
    // listen(options[, callback])
    const host = WILDCARDS.has(first.host) ? LOOPBACK : first.host;
    return originalListen.call(this, { ...first, host }, ...args.slice(1));
  }
  return originalListen.apply(this, args);
};
