class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
    def __str__(self):
        return "%s: %s" % (self.field, self.args[1])
def validate(rec):
    if "name" not in rec:
        raise ValidationError("name", "is required")
print("validating")
validate({"age": 3})
