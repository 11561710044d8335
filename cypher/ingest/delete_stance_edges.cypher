// Drop the derived AGREES_WITH / DISAGREES_WITH edges between the given pairs of entities before they are rebuilt.
// Parameters: $pairs [{a, b}] (a < b, the edge's direction)
UNWIND $pairs AS pair
MATCH (:Entity {id: pair.a})-[r:AGREES_WITH|DISAGREES_WITH]->(:Entity {id: pair.b})
DELETE r
