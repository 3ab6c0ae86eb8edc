class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.pname = name or cls.__name__.lower()
        Plugin.plugins.append(cls.pname)
class Alpha(Plugin): pass
class Beta(Plugin, name="bee"): pass
print(Plugin.plugins, Beta.pname)
