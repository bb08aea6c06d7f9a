target_sources(opsdash_core PRIVATE
    secrets/SecretsLogging.h secrets/SecretsLogging.cpp
    secrets/SecretStore.h secrets/SecretStore.cpp
    secrets/ProfileStore.h secrets/ProfileStore.cpp
    secrets/ProfileSecrets.h secrets/ProfileSecrets.cpp
)
