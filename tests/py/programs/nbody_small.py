import math
bodies = [[0.0, 0.0, 0.0, 0.0, 10.0], [1.0, 0.0, 0.0, 1.0, 0.1], [0.0, 2.0, -0.7, 0.0, 0.2]]
def step(dt):
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            a, b = bodies[i], bodies[j]
            dx, dy = a[0] - b[0], a[1] - b[1]
            d2 = dx * dx + dy * dy
            mag = dt / (d2 * math.sqrt(d2))
            a[2] -= dx * b[4] * mag
            a[3] -= dy * b[4] * mag
            b[2] += dx * a[4] * mag
            b[3] += dy * a[4] * mag
    for b in bodies:
        b[0] += dt * b[2]
        b[1] += dt * b[3]
for _ in range(1000):
    step(0.001)
for b in bodies:
    print([round(v, 6) for v in b])
