// How many sources (articles) does the graph hold? Zero means a new graph, to be seeded.
MATCH (a:Article)
RETURN count(a) AS sources
