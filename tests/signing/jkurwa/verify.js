// Cross-check: does jkurwa (dstucrypt) accept a DSTU 4145 CMS signature? Exit 0 = valid.
const fs = require("fs");
const gost89 = require("gost89");
const Message = require("jkurwa/lib/models/Message");
const algo = gost89.compat.algos();
const msg = new Message(fs.readFileSync(process.argv[2]));
const ok = msg.verify(algo.hash);
console.log(ok ? "valid" : "invalid");
process.exit(ok ? 0 : 1);
