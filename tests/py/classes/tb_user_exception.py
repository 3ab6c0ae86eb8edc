# Traceback of an uncaught user exception raised in a method.
class ValidationError(ValueError):
    def __init__(self, field):
        super().__init__(f"invalid field {field!r}")
        self.field = field


class Form:
    def validate(self, name):
        if not name:
            raise ValidationError("name")
        return True


Form().validate("x")
Form().validate("")
