def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


from string import Template as T
t(lambda: T('$who likes $what').substitute(who='tim', what='kung pao'))
t(lambda: T('$who likes $what').substitute({'who': 'tim'}, what='x'))
t(lambda: T('$who').substitute({'who': 'a'}, who='b'))
t(lambda: T('${noun}ification $$ $100').safe_substitute(noun='X'))
t(lambda: T('${noun}ification $$').substitute(noun='X'))
t(lambda: T('$who likes $what').substitute(who='tim'))
t(lambda: T('$who likes $what').safe_substitute(who='tim'))
t(lambda: T('line1\nab $ c').substitute())
t(lambda: T('${a').substitute(a=1))
t(lambda: T('$').safe_substitute())
t(lambda: T('$a$b${c}').substitute(a=1, b=2, c=3))
t(lambda: T('$a $b $ ${c').is_valid())
t(lambda: T('$a $b').is_valid())
t(lambda: T('$a $b $a ${c} $').get_identifiers())
t(lambda: T('x').template)
class MyT(T):
    delimiter = '%'
t(lambda: MyT('%who %% %x').substitute(who=1, x=2))
