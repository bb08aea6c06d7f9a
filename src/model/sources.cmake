target_sources(opsdash_core PRIVATE
    model/Result.h
    model/JsonRead.h model/JsonRead.cpp
    model/Duration.h model/Duration.cpp
    model/Baseline.h model/Baseline.cpp
    model/BaselineLoader.h model/BaselineLoader.cpp
    model/Finding.h model/Finding.cpp
    model/StatusCounts.h model/StatusCounts.cpp
    model/Activity.h model/Activity.cpp
    model/PoolAttributor.h model/PoolAttributor.cpp
    model/Capacity.h model/Capacity.cpp
    model/ConnectionLimits.h model/ConnectionLimits.cpp
    model/PgBouncer.h model/PgBouncer.cpp
    model/MetricsText.h model/MetricsText.cpp
    model/PoolStatistics.h model/PoolStatistics.cpp
    model/TargetOptions.h
    model/PrometheusAccess.h
    model/ConnectionParameters.h
    model/SettingKey.h model/SettingsKeys.h
    model/Profile.h model/Profile.cpp
    model/Alert.h model/Alert.cpp
    model/Acknowledgement.h model/Acknowledgement.cpp
    model/DisplayZone.h model/DisplayZone.cpp
)
