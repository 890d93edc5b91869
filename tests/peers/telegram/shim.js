// FactBot's shim around telegram-test-api 4.2.1 (npm, MIT), so Telegram.Bot 22.x can run against it on loopback.
// Written from our own research note (shared/docs/reference/chat-platforms.md §2a). What it adds to the emulator:
//   1. bot message dates in seconds (the emulator sends milliseconds, which breaks Telegram.Bot's parsing);
//   2. real long polling on getUpdates (the emulator answers at once, so a poller would spin);
//   3. setMyCommands / getMyCommands / deleteMyCommands (recorded per scope), sendPhoto (multipart), getChatMember
//      (ADMINS env: comma-separated user ids that are chat administrators), editMessageCaption, and Telegram-shaped
//      results for editMessageText and answerCallbackQuery (the emulator returns null where Telegram returns a value);
//   4. test hooks: POST /test/flood {retry_after} makes the next send 429; POST /test/forbid {chat_id} makes every send
//      to that chat 403 until POST /test/allow {chat_id}; POST /test/update {token, update} queues a raw update
//      (my_chat_member, channel_post, …) for getUpdates; GET /test/calls lists the calls recorded here;
//      POST /test/outage {status} answers every send with that 5xx until POST /test/outage {status: 0};
//      POST /test/migrate {chat_id, to} answers sends to that chat as Telegram does once a group became a supergroup;
//      POST /test/maxlength {length} refuses texts and captions longer than that as "too long" (0: no limit).
// Start: PORT=0 node shim.js  (0 picks a free port; the first stdout line is "LISTENING <port>").
'use strict';
const express = require('express');
const multer = require('multer');
const TelegramServer = require('telegram-test-api');

const server = new TelegramServer({ host: '127.0.0.1', storeTimeout: 600 });
server.config.port = Number(process.env.PORT || 0); // the emulator turns 0 into 9000; start() reads this field

// 1) Telegram's dates are Unix seconds.
const originalAdd = TelegramServer.prototype.addBotMessage;
server.addBotMessage = function addBotMessage(raw, token) {
  const message = originalAdd.call(this, raw, token);
  return { ...message, date: Math.floor(message.date / 1000) };
};

// Raw updates (/test/update) ride in the emulator's own queue, so getUpdates and its "read once" rule treat them alike.
const originalFormat = TelegramServer.formatUpdate;
TelegramServer.formatUpdate = (update) => (update.raw ? { ...update.raw, update_id: update.updateId } : originalFormat(update));

const inner = server.webServer;
const outer = express();
const upload = multer({ storage: multer.memoryStorage() });
outer.use(express.json());
outer.use(express.urlencoded({ extended: true }));

const calls = [];
const commands = {};
const ok = (res, result) => res.json({ ok: true, result });
const fail = (res, code, description, parameters) =>
  res.status(code).json({ ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) });
const params = (req) => ({ ...req.query, ...req.body });
const scopeKey = (token, body) => token + JSON.stringify(typeof body.scope === 'string' ? JSON.parse(body.scope) : body.scope || { type: 'default' });
const botMessage = (chatId, messageId) => server.storage.botMessages.find(
  (m) => String(m.messageId) === String(messageId) && String(m.message.chat_id) === String(chatId));

// 2) Long polling: wait for a user update (or the timeout) before the emulator answers.
outer.all('/bot:token/getUpdates', async (req, res, next) => {
  const timeout = Math.min(Number(params(req).timeout || 0), 25) * 1000;
  const has = () => server.storage.userMessages.some((u) => u.botToken === req.params.token && !u.isRead);
  if (!has() && timeout > 0) {
    let timer;
    await Promise.race([server.waitUserMessage(), new Promise((resolve) => { timer = setTimeout(resolve, timeout); })]);
    clearTimeout(timer);
  }
  next();
});

// 3) Methods the emulator lacks.
outer.all('/bot:token/setMyCommands', (req, res) => {
  const body = params(req);
  commands[scopeKey(req.params.token, body)] = typeof body.commands === 'string' ? JSON.parse(body.commands) : body.commands;
  calls.push({ m: 'setMyCommands', token: req.params.token, body });
  ok(res, true);
});
outer.all('/bot:token/getMyCommands', (req, res) => ok(res, commands[scopeKey(req.params.token, params(req))] || []));
outer.all('/bot:token/deleteMyCommands', (req, res) => { delete commands[scopeKey(req.params.token, params(req))]; ok(res, true); });

const admins = (process.env.ADMINS || '42').split(',').map(Number);
outer.all('/bot:token/getChatMember', (req, res) => {
  const id = Number(params(req).user_id);
  const admin = admins.includes(id);
  calls.push({ m: 'getChatMember', body: params(req) });
  ok(res, {
    status: admin ? 'administrator' : 'member',
    user: { id, is_bot: false, first_name: `U${id}` },
    ...(admin ? {
      can_be_edited: false, is_anonymous: false, can_manage_chat: true, can_delete_messages: true,
      can_manage_video_chats: true, can_restrict_members: true, can_promote_members: false, can_change_info: true,
      can_invite_users: true, can_post_stories: false, can_edit_stories: false, can_delete_stories: false,
    } : {}),
  });
});

// 4) Injected failures: a one-shot 429 and a per-chat 403, on every sending method.
let flood = 0;
const forbidden = new Set();
outer.post('/test/flood', (req, res) => { flood = Number(req.body.retry_after || 1); res.json({ ok: true }); });
outer.post('/test/forbid', (req, res) => { forbidden.add(String(req.body.chat_id)); res.json({ ok: true }); });
outer.post('/test/allow', (req, res) => { forbidden.delete(String(req.body.chat_id)); res.json({ ok: true }); });
let outage = 0;
const migrated = new Map();
let maxLength = 0;
outer.post('/test/outage', (req, res) => { outage = Number(req.body.status || 0); res.json({ ok: true }); });
outer.post('/test/migrate', (req, res) => { migrated.set(String(req.body.chat_id), Number(req.body.to)); res.json({ ok: true }); });
outer.post('/test/maxlength', (req, res) => { maxLength = Number(req.body.length || 0); res.json({ ok: true }); });
const replyTo = (body) => {
  const reply = typeof body.reply_parameters === 'string' ? JSON.parse(body.reply_parameters) : body.reply_parameters;
  return reply ? reply.message_id : undefined;
};
const sendGate = (method) => (req, res, next) => {
  const body = params(req);
  const chatId = String(body.chat_id);
  calls.push({ m: method, chat_id: chatId, reply_to: replyTo(body), length: (body.text || body.caption || '').length });
  if (outage) {
    fail(res, outage, outage === 502 ? 'Bad Gateway' : 'Internal Server Error');
    return;
  }
  if (migrated.has(chatId)) {
    fail(res, 400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: migrated.get(chatId) });
    return;
  }
  if (maxLength && (body.text || body.caption || '').length > maxLength) {
    fail(res, 400, `Bad Request: message is too long`);
    return;
  }
  if (forbidden.has(chatId)) {
    fail(res, 403, 'Forbidden: bot was kicked from the supergroup chat');
    return;
  }
  if (flood) {
    const retryAfter = flood;
    flood = 0;
    calls.push({ m: `${method}:429`, chat_id: chatId, retry_after: retryAfter });
    fail(res, 429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
    return;
  }
  next();
};

outer.post('/bot:token/sendPhoto', upload.any(), sendGate('sendPhoto'), (req, res) => {
  const file = (req.files || [])[0];
  calls.push({ m: 'sendPhoto:ok', chat_id: String(req.body.chat_id), bytes: file ? file.size : 0 });
  const stored = { chat_id: req.body.chat_id, caption: req.body.caption, parse_mode: req.body.parse_mode, photo_bytes: file ? file.size : 0 };
  if (req.body.reply_markup) stored.reply_markup = req.body.reply_markup;
  const message = server.addBotMessage(stored, req.params.token);
  ok(res, { ...message, photo: [{ file_id: `p${message.message_id}`, file_unique_id: `u${message.message_id}`, width: 1, height: 1 }] });
});
outer.all('/bot:token/sendMessage', sendGate('sendMessage'));

outer.all('/bot:token/editMessageText', sendGate('editMessageText'), (req, res) => {
  const body = params(req);
  const found = botMessage(body.chat_id, body.message_id);
  if (!found) { fail(res, 400, 'Bad Request: message to edit not found'); return; }
  server.editMessageText(body);
  ok(res, { message_id: Number(body.message_id), date: Math.floor(Date.now() / 1000), chat: { id: Number(body.chat_id), type: 'supergroup', title: 'Chat' }, text: body.text });
});
outer.all('/bot:token/editMessageCaption', sendGate('editMessageCaption'), (req, res) => {
  const body = params(req);
  const found = botMessage(body.chat_id, body.message_id);
  if (!found) { fail(res, 400, 'Bad Request: message to edit not found'); return; }
  found.message = { ...found.message, caption: body.caption, parse_mode: body.parse_mode, ...(body.reply_markup ? { reply_markup: body.reply_markup } : {}) };
  ok(res, { message_id: Number(body.message_id), date: Math.floor(Date.now() / 1000), chat: { id: Number(body.chat_id), type: 'supergroup', title: 'Chat' }, caption: body.caption });
});
outer.all('/bot:token/answerCallbackQuery', (req, res) => { calls.push({ m: 'answerCallbackQuery', body: params(req) }); ok(res, true); });

// Raw updates of kinds the emulator cannot produce.
outer.post('/test/update', (req, res) => {
  const token = req.body.token;
  server.storage.userMessages.push({ ...server.getCommonFields(token), raw: req.body.update });
  server.updateId++;
  server.emit('AddedUserMessage');
  res.json({ ok: true });
});
outer.get('/test/calls', (req, res) => res.json(calls));

outer.use(inner);
server.webServer = outer; // start() listens on this.webServer
server.start().then(() => {
  const { port } = server.server.address();
  console.log(`LISTENING ${port}`);
});
const stop = () => server.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
