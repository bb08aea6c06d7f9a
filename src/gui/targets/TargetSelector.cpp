#include "gui/targets/TargetSelector.h"

#include "gui/targets/ProfileDialog.h"

#include <QMessageBox>
#include <QTimer>

namespace opsdash {

namespace {
constexpr int KindRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;
// A keychain that answers within this shows no waiting state (it would only flicker).
constexpr std::chrono::milliseconds WaitingAfter{300};
} // namespace

TargetSelector::TargetSelector(QWidget* parent)
    : QComboBox{parent}
    , m_secrets{new ProfileSecrets{this}}
    , m_keychainDelay{new QTimer{this}}
{
    m_keychainDelay->setSingleShot(true);
    m_keychainDelay->setInterval(WaitingAfter);
    connect(m_keychainDelay, &QTimer::timeout, this, [this] {
        if (m_keychainJobs > 0 && !std::exchange(m_toldWaiting, true))
            emit keychainWaiting(true);
    });
    setObjectName(QStringLiteral("targetSelector"));
    setToolTip(tr("Target: the server and sources being watched"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(14);
    connect(this, &QComboBox::activated, this, &TargetSelector::onActivated);
    connect(m_secrets, &ProfileSecrets::loaded, this,
        [this](const QString& name, const ProfileSecrets::Secrets& secrets,
            const QStringList& notices) {
            endKeychain();
            for (const QString& text : notices) {
                if (!m_told.contains(text)) {
                    m_told << text;
                    emit notice(text);
                }
            }
            if (name != m_current)
                return; // the user has moved on to another target meanwhile
            const std::optional<Profile> profile = m_store.load(name);
            if (profile)
                emit targetChosen(ProfileSecrets::targetOptions(*profile, secrets));
        });
    connect(m_secrets, &ProfileSecrets::saved, this,
        [this](const QString& name, const QStringList& notices) {
            endKeychain();
            for (const QString& text : notices)
                emit notice(text);
            // Reopen the saved profile so the change (and its new secrets) take effect.
            openProfile(name);
        });
    rebuild();
}

void TargetSelector::beginKeychain()
{
    if (m_keychainJobs++ == 0)
        m_keychainDelay->start();
}

void TargetSelector::endKeychain()
{
    if (m_keychainJobs == 0 || --m_keychainJobs > 0)
        return;
    m_keychainDelay->stop();
    if (std::exchange(m_toldWaiting, false))
        emit keychainWaiting(false);
}

void TargetSelector::rebuild()
{
    const QSignalBlocker blocker{this};
    clear();
    const auto addEntry = [this](const QString& text, Kind kind, const QString& name = {}) {
        addItem(text);
        setItemData(count() - 1, static_cast<int>(kind), KindRole);
        setItemData(count() - 1, name, NameRole);
    };
    if (!m_commandLine.isEmpty())
        addEntry(tr("%1 (command line)").arg(m_commandLine), Kind::CommandLine);
    const QStringList names = m_store.names();
    for (const QString& name : names)
        addEntry(name, Kind::Profile, name);
    if (count() > 0)
        insertSeparator(count());
    addEntry(tr("Add target…"), Kind::Add);
    if (!m_current.isEmpty()) {
        addEntry(tr("Edit “%1”…").arg(m_current), Kind::Edit, m_current);
        addEntry(tr("Remove “%1”…").arg(m_current), Kind::Remove, m_current);
    }
    selectCurrentEntry();
}

void TargetSelector::selectCurrentEntry()
{
    const QSignalBlocker blocker{this};
    for (int i = 0; i < count(); ++i) {
        const auto kind = static_cast<Kind>(itemData(i, KindRole).toInt());
        if ((kind == Kind::Profile && itemData(i, NameRole).toString() == m_current
                && !m_current.isEmpty())
            || (kind == Kind::CommandLine && m_current.isEmpty())) {
            setCurrentIndex(i);
            return;
        }
    }
    setCurrentIndex(-1);
    setPlaceholderText(tr("No target"));
}

void TargetSelector::showCommandLineTarget(const QString& description)
{
    m_commandLine = description;
    m_current.clear();
    rebuild();
}

void TargetSelector::showProfile(const QString& name)
{
    m_current = name;
    m_commandLine.clear();
    rebuild();
}

bool TargetSelector::openProfile(const QString& name)
{
    const std::optional<Profile> profile = m_store.load(name);
    if (!profile)
        return false;
    m_current = name;
    m_store.setLastUsed(name);
    m_store.sync();
    rebuild();
    beginKeychain();
    m_secrets->load(*profile);
    return true;
}

void TargetSelector::onActivated(int index)
{
    const auto kind = static_cast<Kind>(itemData(index, KindRole).toInt());
    const QString name = itemData(index, NameRole).toString();
    // Actions are not targets: the combo box goes back to showing the current one.
    if (kind != Kind::Profile)
        selectCurrentEntry();
    switch (kind) {
    case Kind::Profile:
        if (name != m_current)
            openProfile(name);
        break;
    case Kind::CommandLine:
        break; // nothing to switch to: it is the one being watched since start
    case Kind::Add:
        addTarget();
        break;
    case Kind::Edit:
        editTarget(name);
        break;
    case Kind::Remove:
        removeTarget(name);
        break;
    }
}

void TargetSelector::addTarget()
{
    openDialog(Profile{}, {}, {});
}

void TargetSelector::editTarget(const QString& name)
{
    const std::optional<Profile> profile = m_store.load(name);
    if (!profile)
        return;
    // The stored password lets "Test connection" work without retyping it; read first.
    auto* reader = new ProfileSecrets{this};
    connect(reader, &ProfileSecrets::loaded, this,
        [this, reader, profile](
            const QString&, const ProfileSecrets::Secrets& secrets, const QStringList& notices) {
            reader->deleteLater();
            endKeychain();
            for (const QString& text : notices)
                emit notice(text);
            openDialog(*profile, profile->name, secrets);
        });
    beginKeychain();
    reader->load(*profile);
}

void TargetSelector::openDialog(
    const Profile& profile, const QString& previousName, const ProfileSecrets::Secrets& stored)
{
    QStringList others = m_store.names();
    others.removeAll(previousName);
    auto* dialog = new ProfileDialog{profile, others, window()};
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStoredSecrets(stored);
    connect(dialog, &QDialog::accepted, this, [this, dialog, previousName, stored] {
        const Profile saved = dialog->profile();
        ProfileSecrets::Secrets secrets = dialog->typedSecrets();
        m_store.save(saved, previousName);
        m_store.sync();
        if (!previousName.isEmpty() && previousName != saved.name) {
            // The password and the Prometheus secret are keyed by name: they move with a rename.
            if (secrets.password.isEmpty())
                secrets.password = stored.password;
            if (secrets.prometheusSecret.isEmpty())
                secrets.prometheusSecret = stored.prometheusSecret;
            Profile old;
            old.name = previousName;
            m_secrets->forget(old);
        }
        emit profilesChanged(static_cast<int>(m_store.names().size()));
        m_current = saved.name; // shown at once; opened when its secrets are stored
        rebuild();
        beginKeychain();
        m_secrets->save(saved, secrets);
    });
    dialog->open();
}

void TargetSelector::removeTarget(const QString& name)
{
    const std::optional<Profile> profile = m_store.load(name);
    if (!profile)
        return;
    auto* box = new QMessageBox{QMessageBox::Question, tr("Remove target"),
        tr("Remove the target “%1” and its keychain password? Its history file stays.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, window()};
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, profile] {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes)
            return;
        m_store.remove(profile->name);
        m_store.sync();
        m_secrets->forget(*profile);
        if (m_current == profile->name)
            m_current.clear();
        rebuild();
        emit profilesChanged(static_cast<int>(m_store.names().size()));
    });
    box->open();
}

} // namespace opsdash
