// Starts telegram-test-api on 127.0.0.1 for the end-to-end tests and patches what TelegramBots 10 needs:
//  - message dates in seconds (the emulator writes milliseconds; TelegramBots reads an int of seconds),
//  - getMe with is_bot,
//  - getUpdates that honours `timeout` (long polling; the emulator answers at once, so the poller would spin),
//  - answers for editMessageText and answerCallbackQuery (true instead of null),
//  - sendDocument, getFile, the file download path and setMyCommands, which the emulator lacks,
//  - a JSON body limit of 50 MB instead of 100 kB for uploads.
// Test clients upload a document with POST /uploadDocument {botToken, fileName, base64, message}.
// Usage: node emulator.js PORT
'use strict';
const TelegramServer = require('telegram-test-api');

const port = Number(process.argv[2] || 9000);
const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 3600 });
const app = server.webServer;
// the emulator's JSON parser takes 100 kB; a test uploads documents of a few megabytes (hostile ones among them)
const express = require('express');
for (const layer of app._router.stack) {
  if (layer.name === 'jsonParser') {
    layer.handle = express.json({ limit: '50mb' });
  }
}
const files = new Map();
let fileCounter = 1;

const seconds = (value) => (value > 1e11 ? Math.floor(value / 1000) : value);

const addBotMessage = server.addBotMessage.bind(server);
server.addBotMessage = (raw, token) => {
  const message = addBotMessage(raw, token);
  message.date = seconds(message.date);
  message.from = { id: 666, is_bot: true, first_name: 'Test', username: 'TestNameBot' };
  return message;
};

const addUserUpdate = server.addUserUpdate.bind(server);
server.addUserUpdate = async (update) => {
  const result = await addUserUpdate(update);
  server.emit('UserUpdate');
  return result;
};

// Express routes run in order: ours must come before the emulator's catch-all "unknown method".
// (after the body parsers and the emulator's own middleware, which are the layers without a route).
function early(method, path, handler) {
  app[method](path, handler);
  const stack = app._router.stack;
  const layer = stack.pop();
  const firstRoute = stack.findIndex((l) => l.route);
  stack.splice(firstRoute < 0 ? stack.length : firstRoute, 0, layer);
}

early('all', '/bot:token/getMe', (req, res) => {
  res.json({ ok: true, result: { id: 666, is_bot: true, first_name: 'Test', username: 'TestNameBot' } });
});

early('all', '/bot:token/getUpdates', (req, res) => {
  const token = req.params.token;
  const body = Object.assign({}, req.query, req.body);
  const timeout = Math.min(Number(body.timeout || 0), 30) * 1000;
  const offset = Number(body.offset || 0);
  const pending = () => server.storage.userMessages.filter((u) => u.botToken === token && u.updateId >= offset);
  const answer = () => {
    const updates = pending().map((u) => { u.isRead = true; return fix(TelegramServer.formatUpdate(u)); });
    res.json({ ok: true, result: updates });
  };
  if (pending().length > 0 || timeout === 0) {
    answer();
    return;
  }
  const wake = () => { clearTimeout(timer); answer(); };
  const timer = setTimeout(() => { server.off('UserUpdate', wake); answer(); }, timeout);
  server.once('UserUpdate', wake);
});

function fix(update) {
  const message = update.message || (update.callback_query && update.callback_query.message);
  if (message && message.date) {
    message.date = seconds(message.date);
  }
  if (update.message) {
    delete update.message.botToken;
  }
  return update;
}

early('all', '/bot:token/editMessageText', (req, res) => {
  server.editMessageText(req.body);
  res.json({ ok: true, result: true });
});

early('all', '/bot:token/answerCallbackQuery', (req, res) => {
  server.storage.botMessages.push({ time: Date.now(), botToken: req.params.token, updateId: server.updateId++,
    messageId: 0, isRead: false, message: Object.assign({ method: 'answerCallbackQuery' }, req.body) });
  res.json({ ok: true, result: true });
});

early('all', '/bot:token/setMyCommands', (req, res) => {
  server.storage.botMessages.push({ time: Date.now(), botToken: req.params.token, updateId: server.updateId++,
    messageId: 0, isRead: false, message: Object.assign({ method: 'setMyCommands' }, req.body) });
  res.json({ ok: true, result: true });
});

early('all', '/bot:token/getFile', (req, res) => {
  const fileId = (req.body && req.body.file_id) || req.query.file_id;
  const file = files.get(fileId);
  if (!file) {
    res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: invalid file_id' });
    return;
  }
  res.json({ ok: true, result: { file_id: fileId, file_unique_id: fileId, file_size: file.content.length,
    file_path: `documents/${fileId}` } });
});

early('get', '/file/bot:token/documents/:fileId', (req, res) => {
  const file = files.get(req.params.fileId);
  if (!file) {
    res.status(404).end();
    return;
  }
  res.type('application/octet-stream').send(file.content);
});

// sendDocument comes as multipart/form-data, which the emulator's parsers leave unread: a small parser of our own
// (fields and one file), and the document is stored among the bot's messages with its bytes in base64.
early('post', '/bot:token/sendDocument', (req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const parts = multipart(Buffer.concat(chunks), req.headers['content-type'] || '');
    // the file part itself, or (as TelegramBots sends it) "attach://<name>" pointing at the part of that name
    const named = typeof parts.document === 'string' && parts.document.startsWith('attach://');
    const file = named ? parts[parts.document.substring('attach://'.length)] : parts.document;
    if (!parts.chat_id || !file || !file.fileName) {
      res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: chat_id and a document file are required' });
      return;
    }
    const fileId = `file${fileCounter++}`;
    files.set(fileId, { name: file.fileName, content: file.content });
    const message = server.addBotMessage({ chat_id: parts.chat_id, caption: parts.caption || '',
      document: { file_id: fileId, file_unique_id: fileId, file_name: file.fileName, file_size: file.content.length,
        base64: file.content.toString('base64') } }, req.params.token);
    res.json({ ok: true, result: message });
  });
});

function decoded(value) {
  try {
    return decodeURIComponent(value);
  } catch (e) {
    return value; // a raw UTF-8 name with a % in it
  }
}

function multipart(body, contentType) {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const fields = {};
  if (!match) {
    return fields;
  }
  const boundary = Buffer.from(`--${match[1] || match[2]}`);
  let start = body.indexOf(boundary);
  while (start >= 0) {
    const next = body.indexOf(boundary, start + boundary.length);
    if (next < 0) {
      break;
    }
    const part = body.subarray(start + boundary.length + 2, next - 2); // without the CRLFs around it
    const split = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, split).toString('utf8');
    const content = part.subarray(split + 4);
    const name = /name="([^"]*)"/i.exec(headers);
    const fileName = /filename\*?=(?:UTF-8'')?"?([^";\r\n]*)"?/i.exec(headers);
    if (name) {
      fields[name[1]] = fileName ? { fileName: decoded(fileName[1]), content } : content.toString('utf8');
    }
    start = next;
  }
  return fields;
}

early('post', '/uploadDocument', async (req, res) => {
  const fileId = `file${fileCounter++}`;
  const content = Buffer.from(req.body.base64, 'base64');
  files.set(fileId, { name: req.body.fileName, content });
  const message = Object.assign({}, req.body.message, {
    document: { file_id: fileId, file_unique_id: fileId, file_name: req.body.fileName, file_size: content.length },
  });
  delete message.text;
  await server.addUserMessage(Object.assign({ botToken: req.body.botToken }, message));
  res.json({ ok: true, result: { file_id: fileId } });
});

process.on('unhandledRejection', (error) => console.error(`emulator: ${error}`));

server.start().then(() => {
  // the test harness waits for this line
  console.log(`emulator listening on 127.0.0.1:${port}`);
});
