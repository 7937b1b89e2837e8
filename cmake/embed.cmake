# Embed data files into C include files (STYLE 15): a tiny host tool,
# cmake/embed.c, writes one string literal per file.
add_executable(kg_embed_tool ${CMAKE_SOURCE_DIR}/cmake/embed.c)
set_target_properties(kg_embed_tool PROPERTIES C_STANDARD 11)
function(kg_embed out array)
  add_custom_command(OUTPUT ${out}
    COMMAND kg_embed_tool ${out} ${array} ${ARGN}
    DEPENDS kg_embed_tool ${ARGN}
    COMMENT "Embedding ${array}"
    VERBATIM)
endfunction()
