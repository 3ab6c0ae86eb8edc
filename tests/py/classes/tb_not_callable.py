# Traceback of calling a non-callable instance inside a method.
class Job:
    def __init__(self):
        self.task = 5

    def run(self):
        return self.task()


Job().run()
