# One place for compiler warnings and sanitizer flags (STYLE 9).
function(kg_add_compile_options target)
  if(CMAKE_C_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wshadow
      -Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter
      -Wformat=2 -Wundef)
  endif()
endfunction()

if(KG_SANITIZE)
  string(REPLACE "," ";" _kg_san "${KG_SANITIZE}")
  foreach(s IN LISTS _kg_san)
    add_compile_options(-fsanitize=${s})
    add_link_options(-fsanitize=${s})
  endforeach()
  add_compile_options(-fno-omit-frame-pointer -fno-sanitize-recover=all)
endif()
