include(${CMAKE_CURRENT_LIST_DIR}/grammars.cmake)

target_sources(opsdash_core PRIVATE
    drift/DriftLogging.h drift/DriftLogging.cpp
    drift/SyntaxTree.h drift/SyntaxTree.cpp
    drift/SourceFile.h drift/SourceFile.cpp
    drift/EvaluatedValue.h drift/EvaluatedValue.cpp
    drift/TsEvaluator.h drift/TsEvaluator.cpp
    drift/GoEvaluator.h drift/GoEvaluator.cpp
    drift/RepoLocator.h drift/RepoLocator.cpp
    drift/CheckContext.h drift/CheckContext.cpp
    drift/CheckoutModules.h drift/CheckoutModules.cpp
    drift/WebChecks.cpp
    drift/PoolChecks.cpp
    drift/DocumentChecks.cpp
    drift/SourceChecks.h drift/SourceChecks.cpp
    drift/BaselineInit.h drift/BaselineInit.cpp
    drift/LiveRules.h drift/LiveRules.cpp
    drift/EvaluationGuard.h drift/EvaluationGuard.cpp
)
