#!/usr/bin/env python3
"""A Bot API on 127.0.0.1 that accepts everything, for the soak: getMe, setWebhook, sendMessage (with a message id),
editMessageText, answerCallbackQuery... Counts sendMessage calls and prints the count on exit. Usage: PORT."""
import json
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

lock = threading.Lock()
sent = [0]


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get('Content-Length') or 0)
        body = self.rfile.read(length) if length else b''
        method = self.path.rsplit('/', 1)[-1].lower()
        if method == 'getme':
            result = {'id': 1, 'is_bot': True, 'first_name': 'Soak', 'username': 'soak_bot'}
        elif method in ('sendmessage', 'editmessagetext', 'senddocument'):
            with lock:
                sent[0] += 1
                number = sent[0]
            chat = 0
            try:
                chat = int(json.loads(body or b'{}').get('chat_id', 0))
            except (ValueError, AttributeError):
                pass
            result = {'message_id': number, 'date': 1700000000, 'chat': {'id': chat, 'type': 'private'}, 'text': 'ok'}
        elif method == 'getupdates':
            result = []
        else:
            result = True
        payload = json.dumps({'ok': True, 'result': result}).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST

    def log_message(self, *args):
        pass


def stop(*_):
    raise KeyboardInterrupt


if __name__ == '__main__':
    signal.signal(signal.SIGTERM, stop)
    server = ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])), Handler)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        print(f'messages sent to the fake Bot API: {sent[0]}', file=sys.stderr)
