class ActionRefused(Exception):
    """A service refused to act; `message` is shown to the person as it is.

    Views turn it into a message on the page, the API into a 409 with a code.
    """

    def __init__(self, message: str, *, code: str = "refused") -> None:
        super().__init__(message)
        self.message = message
        self.code = code
