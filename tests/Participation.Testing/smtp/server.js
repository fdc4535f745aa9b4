// Usage: node server.js <port> <folder>
// Accepts any mail on 127.0.0.1:<port> (no TLS, any or no login) and writes each message to
// <folder>/<n>.eml with its envelope in <n>.json, except for the recipients listed in
// <folder>/refused.txt (one address a line, read at each RCPT), refused for good with a 550 as an
// unknown mailbox would be. Prints "listening" once ready.
"use strict";
const fs = require("fs");
const path = require("path");
const { SMTPServer } = require("smtp-server");

const port = Number(process.argv[2]);
const folder = process.argv[3];
fs.mkdirSync(folder, { recursive: true });
let counter = fs.readdirSync(folder).filter(f => f.endsWith(".eml")).length;

const server = new SMTPServer({
  secure: false,
  disabledCommands: ["STARTTLS"],
  authOptional: true,
  onAuth(auth, session, callback) { callback(null, { user: auth.username }); },
  onRcptTo(address, session, callback) {
    const list = path.join(folder, "refused.txt");
    const refused = fs.existsSync(list) ? fs.readFileSync(list, "utf8").split("\n").map(a => a.trim().toLowerCase()) : [];
    if (!refused.includes(address.address.toLowerCase())) return callback();
    const error = new Error(`5.1.1 <${address.address}>: no such mailbox here`);
    error.responseCode = 550;
    callback(error);
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on("data", c => chunks.push(c));
    stream.on("end", () => {
      const n = String(++counter).padStart(6, "0");
      const envelope = { from: session.envelope.mailFrom && session.envelope.mailFrom.address, to: session.envelope.rcptTo.map(r => r.address), user: session.user || null };
      fs.writeFileSync(path.join(folder, n + ".json"), JSON.stringify(envelope));
      fs.writeFileSync(path.join(folder, n + ".eml.tmp"), Buffer.concat(chunks));
      fs.renameSync(path.join(folder, n + ".eml.tmp"), path.join(folder, n + ".eml"));
      callback();
    });
  },
});
server.on("error", e => { console.error(e.message); process.exit(1); });
server.listen(port, "127.0.0.1", () => console.log("listening"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
