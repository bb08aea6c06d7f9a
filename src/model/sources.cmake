target_sources(opsdash_core PRIVATE
    model/Result.h
    model/Duration.h model/Duration.cpp
    model/Baseline.h model/Baseline.cpp
    model/BaselineLoader.h model/BaselineLoader.cpp
    model/Finding.h model/Finding.cpp
    model/Activity.h model/Activity.cpp
    model/PoolAttributor.h model/PoolAttributor.cpp
    model/Capacity.h model/Capacity.cpp
    model/TargetOptions.h
    model/Alert.h model/Alert.cpp
    model/AlertRules.h model/AlertRules.cpp
)
