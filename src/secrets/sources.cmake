target_sources(opsdash_core PRIVATE
    secrets/SecretsLogging.h secrets/SecretsLogging.cpp
    secrets/SecretStore.h secrets/SecretStore.cpp
)
