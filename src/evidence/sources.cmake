target_sources(opsdash_core PRIVATE
    evidence/Redaction.h evidence/Redaction.cpp
    evidence/EvidenceReport.h evidence/EvidenceReport.cpp
    evidence/EvidenceSet.h evidence/EvidenceSet.cpp
    evidence/EvidenceCollector.h evidence/EvidenceCollector.cpp
    evidence/EvidenceBundle.h evidence/EvidenceBundle.cpp
    evidence/GnuPG.h evidence/GnuPG.cpp
    evidence/SessionsProbe.h evidence/SessionsProbe.cpp
)
