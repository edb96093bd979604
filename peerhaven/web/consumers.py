from channels.generic.websocket import AsyncWebsocketConsumer


class PingConsumer(AsyncWebsocketConsumer):
    """Answers "ping" with "pong": lets a page find out whether WebSockets get through."""

    async def receive(self, text_data=None, bytes_data=None):
        if text_data == "ping":
            await self.send(text_data="pong")
        else:
            await self.send(text_data='{"type": "error", "message": "Send \\"ping\\"."}')
