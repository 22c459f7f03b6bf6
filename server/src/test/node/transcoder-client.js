'use strict';
// A client of dicodec.v1.Transcoder written in JavaScript: proof that the service works for
// a caller that shares no code with the server, only the .proto file. NodeClientTest starts a
// server and runs:
//
//   node transcoder-client.js PLAN.json
//
// PLAN.json: { address, proto, protoRoot, object: {path, syntax}, multiFrame: {path, frames,
// rows, columns}, truncated }. Each check prints "ok <name>: ..." or "FAIL <name>: ...";
// the exit status is 0 when every check passed, 1 otherwise.

const fs = require('fs');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const EXPLICIT_LE = '1.2.840.10008.1.2.1';
const BIG_ENDIAN = '1.2.840.10008.1.2.2';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const UPLOAD_CHUNK = 1000; // small on purpose: many chunks, so flow control has work to do

const plan = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const definition = protoLoader.loadSync(plan.proto, {
  includeDirs: [plan.protoRoot],
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
});
const { Transcoder } = grpc.loadPackageDefinition(definition).dicodec.v1;
const client = new Transcoder(plan.address, grpc.credentials.createInsecure(), {
  'grpc.max_receive_message_length': 64 * 1024 * 1024,
  'grpc.max_send_message_length': 64 * 1024 * 1024,
});

let failures = 0;
let passed = 0;
function ok(name, detail) {
  passed++;
  console.log(`ok ${name}: ${detail}`);
}
function fail(name, detail) {
  failures++;
  console.log(`FAIL ${name}: ${detail}`);
}
function check(name, condition, detail) {
  (condition ? ok : fail)(name, detail);
  return condition;
}

const unary = (method, request) =>
  new Promise((resolve, reject) => client[method](request, (err, reply) => (err ? reject(err) : resolve(reply))));

/**
 * A Part 10 file in `syntax`: "DICM" at byte 128, then the Transfer Syntax UID (0002,0010)
 * in the file meta, padded to an even length with a NUL as UIDs are.
 */
function isPart10In(bytes, syntax) {
  const value = syntax.length % 2 === 0 ? syntax : syntax + '\0';
  const at = bytes.indexOf(Buffer.from(value, 'latin1'));
  return bytes.length > 132 && bytes.toString('latin1', 128, 132) === 'DICM' && at > 132 &&
    bytes.readUInt16LE(at - 8) === 0x0002 && bytes.readUInt16LE(at - 6) === 0x0010;
}

/**
 * TranscodeStream: the options, then the file in chunks, writing only when the stream has
 * room (write() false -> wait for 'drain'); collects the result and the chunks.
 */
function transcodeStream(bytes, targetSyntax) {
  return new Promise((resolve, reject) => {
    const call = client.TranscodeStream();
    const reply = { result: null, chunks: [], order: [] };
    call.on('data', (m) => {
      reply.order.push(m.kind);
      if (m.kind === 'result') {
        reply.result = m.result;
      } else {
        reply.chunks.push(m.chunk);
      }
    });
    call.on('error', reject);
    call.on('end', () => resolve({ ...reply, object: Buffer.concat(reply.chunks) }));
    let offset = 0;
    let waits = 0;
    const send = () => {
      while (offset < bytes.length) {
        const chunk = bytes.subarray(offset, offset + UPLOAD_CHUNK);
        offset += chunk.length;
        if (!call.write({ chunk })) {
          waits++;
          call.once('drain', send);
          return;
        }
      }
      reply.drainWaits = waits;
      call.end();
    };
    call.write({ options: { targetSyntax } });
    send();
  });
}

async function capabilities() {
  const c = await unary('GetCapabilities', {});
  const bySyntax = new Map(c.syntaxes.map((s) => [s.shortName, s]));
  const le = bySyntax.get('explicit-le');
  const be = bySyntax.get('big-endian');
  check('capabilities', c.version.length > 0 && le && le.read && le.write && be && be.read && be.write,
    `version ${c.version}, ${c.syntaxes.length} syntaxes, ${c.syntaxes.filter((s) => s.write).length} writable`);
  const openCl = c.backends.find((b) => b.backend === 'BACKEND_OPENCL');
  check('capabilities-opencl', openCl && (openCl.available || openCl.reason.length > 0),
    openCl ? `OpenCL ${openCl.available ? 'available' : 'not available: ' + openCl.reason}` : 'no OpenCL entry');
  check('capabilities-limits', c.limits.maxMessageBytes > 0 && c.limits.maxConcurrentCalls > 0,
    `max message ${c.limits.maxMessageBytes} bytes, ${c.limits.maxConcurrentCalls} concurrent calls`);
  return c;
}

async function transcodeUnary(input) {
  const r = await unary('Transcode', { options: { targetSyntax: 'big-endian' }, object: input });
  check('unary', r.result.targetSyntax === BIG_ENDIAN && r.result.sourceSyntax === plan.object.syntax &&
      r.result.outputBytes === r.object.length && isPart10In(r.object, BIG_ENDIAN),
    `${input.length} bytes ${r.result.sourceSyntax} -> ${r.object.length} bytes ${r.result.targetSyntax}` +
      ` (${r.result.plan}, ${r.result.changes.length} attribute change(s))`);
  return r.object;
}

async function transcodeStreaming(input, unaryOutput) {
  const r = await transcodeStream(input, 'big-endian');
  const headerFirst = r.order[0] === 'result' && r.order.slice(1).every((k) => k === 'chunk');
  check('stream', headerFirst && r.result.targetSyntax === BIG_ENDIAN && r.object.length === r.result.outputBytes &&
      r.object.equals(unaryOutput),
    `${Math.ceil(input.length / UPLOAD_CHUNK)} chunks up, result then ${r.chunks.length} chunk(s) down,` +
      ` same ${r.object.length} bytes as unary`);
  const back = await transcodeStream(r.object, 'explicit-le');
  check('stream-back', back.result.sourceSyntax === BIG_ENDIAN && back.result.targetSyntax === EXPLICIT_LE &&
      isPart10In(back.object, EXPLICIT_LE),
    `big-endian -> explicit-le, ${back.object.length} bytes`);
}

function decodeFrames(request) {
  return new Promise((resolve, reject) => {
    const frames = [];
    const call = client.DecodeFrames(request);
    call.on('data', (f) => frames.push(f));
    call.on('error', reject);
    call.on('end', () => resolve(frames));
  });
}

async function framesAsPng() {
  const m = plan.multiFrame;
  const frames = await decodeFrames({ object: fs.readFileSync(m.path), frames: '1,3,5-7', format: 'FRAME_FORMAT_PNG' });
  const numbers = frames.map((f) => f.number).join(',');
  const pngs = frames.every((f) => {
    const png = f.data;
    // IHDR is the first chunk: length (4), "IHDR" (4), width (4), height (4), from byte 8
    return png.subarray(0, 8).equals(PNG_SIGNATURE) && png.toString('latin1', 12, 16) === 'IHDR' &&
      png.readUInt32BE(16) === m.columns && png.readUInt32BE(20) === m.rows;
  });
  check('frames-png', numbers === '1,3,5,6,7' && pngs,
    `frames ${numbers} of ${m.frames}, PNG signature and IHDR ${m.columns} x ${m.rows} in each`);
}

async function expectStatus(name, code, request, what) {
  try {
    const r = await unary('Transcode', request);
    fail(name, `expected ${grpc.status[code]}, got a reply of ${r.object.length} bytes`);
  } catch (err) {
    check(name, err.code === code && err.details.length > 0, `${grpc.status[err.code]} for ${what}: ${err.details}`);
  }
}

async function main() {
  const input = fs.readFileSync(plan.object.path);
  const caps = await capabilities();
  const unaryOutput = await transcodeUnary(input);
  await transcodeStreaming(input, unaryOutput);
  await framesAsPng();
  await expectStatus('truncated', grpc.status.INVALID_ARGUMENT,
    { options: { targetSyntax: 'explicit-le' }, object: fs.readFileSync(plan.truncated) }, 'a truncated file');
  // A syntax the server knows but cannot write (yet): the first one capabilities lists as not
  // writable. Lossy output is allowed in the request, so that a lossy syntax is refused for
  // having no encoder (UNIMPLEMENTED), not by the lossy policy (FAILED_PRECONDITION).
  const unwritable = caps.syntaxes.filter((s) => !s.write)[0];
  if (unwritable) {
    await expectStatus('unimplemented', grpc.status.UNIMPLEMENTED,
      { options: { targetSyntax: unwritable.shortName, lossyPolicy: 'LOSSY_POLICY_ALLOW' }, object: input },
      `target ${unwritable.shortName}`);
  } else {
    fail('unimplemented', 'every syntax is writable: nothing left to be UNIMPLEMENTED');
  }
}

main()
  .catch((err) => fail('client', err.stack || String(err)))
  .finally(() => {
    client.close();
    console.log(`node client: ${passed} passed, ${failures} failed`);
    process.exitCode = failures === 0 ? 0 : 1;
  });
