#include "gui/targets/ProfileDialog.h"

#include "gui/common/Palette.h"
#include "gui/common/Theme.h"
#include "pg/PgConnection.h"
#include "ui_ProfileDialog.h"

#include <QPushButton>

namespace opsdash {

namespace {

const char* const InvalidStyle = "QLineEdit { border: 1px solid %1; }";

// Status colours as text: lifted on a dark window so they stay readable.
QString textColour(const QColor& colour, const QWidget& on)
{
    return (Theme::isDark(on.palette()) ? colour.lighter(150) : colour).name();
}

} // namespace

ProfileDialog::ProfileDialog(const Profile& profile, const QStringList& otherNames, QWidget* parent)
    : QDialog{parent}
    , m_ui{std::make_unique<Ui::ProfileDialog>()}
    , m_otherNames{otherNames}
{
    m_ui->setupUi(this);
    setWindowTitle(
        profile.name.isEmpty() ? tr("Add target") : tr("Edit target “%1”").arg(profile.name));
    m_ui->sslModeBox->addItem(tr("libpq default (prefer)"), QString{});
    for (const QString& mode : Profile::sslModes())
        m_ui->sslModeBox->addItem(mode, mode);
    using Auth = PrometheusAccess::Auth;
    m_ui->prometheusAuthBox->addItem(tr("None"), static_cast<int>(Auth::None));
    m_ui->prometheusAuthBox->addItem(tr("Bearer token"), static_cast<int>(Auth::Bearer));
    m_ui->prometheusAuthBox->addItem(tr("Basic authentication"), static_cast<int>(Auth::Basic));
    fill(profile);

    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    for (QRadioButton* radio : {m_ui->fieldsRadio, m_ui->serviceRadio, m_ui->conninfoRadio,
             m_ui->databaseKindRadio, m_ui->prometheusKindRadio})
        connect(radio, &QRadioButton::toggled, this, &ProfileDialog::updateStyle);
    connect(m_ui->prometheusAuthBox, &QComboBox::currentIndexChanged, this,
        &ProfileDialog::updateStyle);
    connect(m_ui->sslModeBox, &QComboBox::currentIndexChanged, this, &ProfileDialog::validate);
    connect(m_ui->intervalSpin, &QSpinBox::valueChanged, this, &ProfileDialog::validate);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (isAcceptable())
            accept();
    });
    updateStyle();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::fill(const Profile& profile)
{
    m_ui->nameEdit->setText(profile.name);
    m_ui->databaseKindRadio->setChecked(profile.kind == Profile::Kind::Database);
    m_ui->prometheusKindRadio->setChecked(profile.kind == Profile::Kind::Prometheus);
    m_ui->prometheusUrlEdit->setText(profile.prometheusUrl);
    m_ui->prometheusTargetEdit->setText(profile.prometheusTarget);
    m_ui->prometheusAuthBox->setCurrentIndex(
        std::max(0, m_ui->prometheusAuthBox->findData(static_cast<int>(profile.prometheusAuth))));
    m_ui->prometheusUserEdit->setText(profile.prometheusUser);
    m_ui->fieldsRadio->setChecked(profile.style == Profile::ConnectionStyle::Fields);
    m_ui->serviceRadio->setChecked(profile.style == Profile::ConnectionStyle::Service);
    m_ui->conninfoRadio->setChecked(profile.style == Profile::ConnectionStyle::Conninfo);
    m_ui->hostEdit->setText(profile.host);
    m_ui->portEdit->setText(QString::number(profile.port));
    m_ui->databaseEdit->setText(profile.database);
    m_ui->userEdit->setText(profile.user);
    m_ui->sslModeBox->setCurrentIndex(std::max(0, m_ui->sslModeBox->findData(profile.sslMode)));
    m_ui->sslRootCertEdit->setText(profile.sslRootCert);
    m_ui->serviceEdit->setText(profile.service);
    m_ui->conninfoEdit->setText(profile.conninfo);
    m_ui->adminUrlEdit->setText(profile.adminUrl);
    m_ui->sessionsTableCheck->setChecked(profile.sessionsTable);
    m_ui->canaryUrlEdit->setText(profile.canaryUrl);
    m_ui->repoDirEdit->setText(profile.repoDir);
    m_ui->baselineFileEdit->setText(profile.baselineFile);
    m_ui->intervalSpin->setValue(profile.intervalSeconds);
    m_ui->allowSignalsCheck->setChecked(profile.allowBackendSignals);
    m_ui->pgbouncerAdminEdit->setText(profile.pgbouncerAdmin);
    m_ui->poolMetricsEdit->setText(profile.poolMetricsUrls);
}

Profile ProfileDialog::profile() const
{
    Profile profile;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.kind = m_ui->prometheusKindRadio->isChecked() ? Profile::Kind::Prometheus
                                                          : Profile::Kind::Database;
    profile.prometheusUrl = m_ui->prometheusUrlEdit->text().trimmed();
    profile.prometheusTarget = m_ui->prometheusTargetEdit->text().trimmed();
    profile.prometheusAuth
        = static_cast<PrometheusAccess::Auth>(m_ui->prometheusAuthBox->currentData().toInt());
    profile.prometheusUser = m_ui->prometheusUserEdit->text().trimmed();
    profile.style = m_ui->serviceRadio->isChecked() ? Profile::ConnectionStyle::Service
        : m_ui->conninfoRadio->isChecked()          ? Profile::ConnectionStyle::Conninfo
                                                    : Profile::ConnectionStyle::Fields;
    profile.host = m_ui->hostEdit->text().trimmed();
    bool ok = false;
    const int port = m_ui->portEdit->text().trimmed().toInt(&ok);
    profile.port = ok ? port : -1;
    profile.database = m_ui->databaseEdit->text().trimmed();
    profile.user = m_ui->userEdit->text().trimmed();
    profile.sslMode = m_ui->sslModeBox->currentData().toString();
    profile.sslRootCert = m_ui->sslRootCertEdit->text().trimmed();
    profile.service = m_ui->serviceEdit->text().trimmed();
    profile.conninfo = m_ui->conninfoEdit->text().trimmed();
    profile.adminUrl = m_ui->adminUrlEdit->text().trimmed();
    profile.sessionsTable = m_ui->sessionsTableCheck->isChecked();
    profile.canaryUrl = m_ui->canaryUrlEdit->text().trimmed();
    profile.repoDir = m_ui->repoDirEdit->text().trimmed();
    profile.baselineFile = m_ui->baselineFileEdit->text().trimmed();
    profile.intervalSeconds = m_ui->intervalSpin->value();
    profile.allowBackendSignals = m_ui->allowSignalsCheck->isChecked();
    profile.pgbouncerAdmin = m_ui->pgbouncerAdminEdit->text().trimmed();
    profile.poolMetricsUrls = m_ui->poolMetricsEdit->text().trimmed();
    return profile;
}

ProfileSecrets::Secrets ProfileDialog::typedSecrets() const
{
    return {m_ui->passwordEdit->text().toUtf8(), m_ui->tokenEdit->text().toUtf8(),
        m_ui->cookieEdit->text().toUtf8(), m_ui->prometheusSecretEdit->text().toUtf8()};
}

void ProfileDialog::setStoredSecrets(const ProfileSecrets::Secrets& secrets)
{
    m_stored = secrets;
}

QStringList ProfileDialog::problems() const
{
    return m_problems;
}

bool ProfileDialog::isAcceptable() const
{
    return m_problems.isEmpty();
}

QString ProfileDialog::testResult() const
{
    return m_ui->testResult->text();
}

QWidget* ProfileDialog::widgetFor(Profile::Field field) const
{
    switch (field) {
    case Profile::Field::Name:
        return m_ui->nameEdit;
    case Profile::Field::Host:
        return m_ui->hostEdit;
    case Profile::Field::Port:
        return m_ui->portEdit;
    case Profile::Field::Database:
        return m_ui->databaseEdit;
    case Profile::Field::SslMode:
        return m_ui->sslModeBox;
    case Profile::Field::SslRootCert:
        return m_ui->sslRootCertEdit;
    case Profile::Field::Service:
        return m_ui->serviceEdit;
    case Profile::Field::Conninfo:
        return m_ui->conninfoEdit;
    case Profile::Field::AdminUrl:
        return m_ui->adminUrlEdit;
    case Profile::Field::CanaryUrl:
        return m_ui->canaryUrlEdit;
    case Profile::Field::RepoDir:
        return m_ui->repoDirEdit;
    case Profile::Field::BaselineFile:
        return m_ui->baselineFileEdit;
    case Profile::Field::Interval:
        return m_ui->intervalSpin;
    case Profile::Field::PrometheusUrl:
        return m_ui->prometheusUrlEdit;
    case Profile::Field::PrometheusUser:
        return m_ui->prometheusUserEdit;
    case Profile::Field::PrometheusTarget:
        return m_ui->prometheusTargetEdit;
    case Profile::Field::PgBouncerAdmin:
        return m_ui->pgbouncerAdminEdit;
    case Profile::Field::PoolMetricsUrls:
        return m_ui->poolMetricsEdit;
    }
    return nullptr;
}

void ProfileDialog::validate()
{
    const Profile current = profile();
    QList<Profile::Problem> found = current.problems(m_otherNames);
    // What only libpq can judge: a conninfo's syntax, and a password inside it.
    const auto checkConninfo
        = [&found](const QString& text, Profile::Field field, const QString& passwordProblem) {
              const QByteArray conninfo = text.toUtf8();
              if (const Result<void> checked = PgConnection::checkConninfo(conninfo); !checked)
                  found.append({field, checked.error().message});
              else if (PgConnection::conninfoHasPassword(conninfo))
                  found.append({field, passwordProblem});
          };
    if (current.kind == Profile::Kind::Database
        && current.style == Profile::ConnectionStyle::Conninfo && !current.conninfo.isEmpty()) {
        checkConninfo(current.conninfo, Profile::Field::Conninfo,
            tr("Remove the password from the connection string; type it in the Password "
               "field so it goes to the keychain."));
    }
    if (!current.pgbouncerAdmin.isEmpty()) {
        checkConninfo(current.pgbouncerAdmin, Profile::Field::PgBouncerAdmin,
            tr("Remove the password from the PgBouncer admin connection; libpq finds it "
               "in .pgpass or PGPASSFILE."));
    }
    for (QWidget* widget :
        {static_cast<QWidget*>(m_ui->nameEdit), static_cast<QWidget*>(m_ui->hostEdit),
            static_cast<QWidget*>(m_ui->portEdit), static_cast<QWidget*>(m_ui->sslRootCertEdit),
            static_cast<QWidget*>(m_ui->serviceEdit), static_cast<QWidget*>(m_ui->conninfoEdit),
            static_cast<QWidget*>(m_ui->adminUrlEdit), static_cast<QWidget*>(m_ui->canaryUrlEdit),
            static_cast<QWidget*>(m_ui->repoDirEdit), static_cast<QWidget*>(m_ui->baselineFileEdit),
            static_cast<QWidget*>(m_ui->prometheusUrlEdit),
            static_cast<QWidget*>(m_ui->prometheusUserEdit),
            static_cast<QWidget*>(m_ui->prometheusTargetEdit),
            static_cast<QWidget*>(m_ui->pgbouncerAdminEdit),
            static_cast<QWidget*>(m_ui->poolMetricsEdit)}) {
        widget->setStyleSheet({});
        widget->setToolTip({});
    }
    m_problems.clear();
    QStringList lines;
    for (const Profile::Problem& problem : std::as_const(found)) {
        m_problems << problem.message;
        lines << QStringLiteral("• ") + problem.message.toHtmlEscaped();
        if (QWidget* widget = widgetFor(problem.field)) {
            widget->setStyleSheet(
                QString::fromLatin1(InvalidStyle).arg(Palette::critical().name()));
            widget->setToolTip(problem.message);
        }
    }
    m_ui->problems->setText(lines.isEmpty()
            ? QString{}
            : QStringLiteral("<span style=\"color:%1\">%2</span>")
                  .arg(textColour(Palette::critical(), *this), lines.join(QStringLiteral("<br>"))));
    m_ui->problems->setVisible(!lines.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
    // Testing needs a usable connection part only.
    bool connectionOk = true;
    for (const Profile::Problem& problem : std::as_const(found)) {
        if (problem.field == Profile::Field::Host || problem.field == Profile::Field::Port
            || problem.field == Profile::Field::SslMode
            || problem.field == Profile::Field::SslRootCert
            || problem.field == Profile::Field::Service
            || problem.field == Profile::Field::Conninfo)
            connectionOk = false;
    }
    m_ui->testButton->setEnabled(connectionOk && m_test == nullptr);
}

void ProfileDialog::updateStyle()
{
    const bool fields = m_ui->fieldsRadio->isChecked();
    const bool service = m_ui->serviceRadio->isChecked();
    const bool conninfo = m_ui->conninfoRadio->isChecked();
    for (QWidget* widget :
        {static_cast<QWidget*>(m_ui->hostEdit), static_cast<QWidget*>(m_ui->portEdit),
            static_cast<QWidget*>(m_ui->databaseEdit), static_cast<QWidget*>(m_ui->userEdit),
            static_cast<QWidget*>(m_ui->sslModeBox), static_cast<QWidget*>(m_ui->sslRootCertEdit)})
        widget->setEnabled(fields);
    m_ui->serviceEdit->setEnabled(service);
    m_ui->conninfoEdit->setEnabled(conninfo);
    // Team mode reads Prometheus only: the server and session sources do not apply.
    const bool prometheus = m_ui->prometheusKindRadio->isChecked();
    m_ui->prometheusGroup->setVisible(prometheus);
    m_ui->connectionGroup->setVisible(!prometheus);
    m_ui->sessionsGroup->setVisible(!prometheus);
    m_ui->allowSignalsCheck->setEnabled(!prometheus);
    m_ui->poolMetricsEdit->setEnabled(!prometheus);
    const bool basic = m_ui->prometheusAuthBox->currentData().toInt()
        == static_cast<int>(PrometheusAccess::Auth::Basic);
    const bool secret = m_ui->prometheusAuthBox->currentData().toInt()
        != static_cast<int>(PrometheusAccess::Auth::None);
    m_ui->prometheusUserEdit->setEnabled(basic);
    m_ui->prometheusSecretEdit->setEnabled(secret);
    validate();
}

void ProfileDialog::testConnection()
{
    const Profile current = profile();
    PgConnection::Options options;
    options.conninfo = current.style == Profile::ConnectionStyle::Conninfo
        ? current.conninfo.toUtf8()
        : QByteArray{};
    options.parameters = current.connectionParameters();
    const QByteArray password = m_ui->passwordEdit->text().isEmpty()
        ? m_stored.password
        : m_ui->passwordEdit->text().toUtf8();
    if (!password.isEmpty())
        options.parameters.append({QByteArrayLiteral("password"), password});
    options.applicationName = QByteArrayLiteral("opsdash connection test");

    m_test = new PgConnection{this};
    connect(m_test, &PgConnection::connected, this, &ProfileDialog::onTestConnected);
    connect(m_test, &PgConnection::connectFailed, this, &ProfileDialog::onTestFailed);
    m_ui->testButton->setEnabled(false);
    m_ui->testResult->setText(
        tr("Connecting to %1 …")
            .arg(PgConnection::describeTarget(options.conninfo, options.parameters)));
    m_test->open(options);
}

void ProfileDialog::onTestConnected()
{
    const int version = m_test->serverVersion();
    const QString text = version >= 100000
        ? QStringLiteral("%1.%2").arg(version / 10000).arg(version % 10000)
        : QStringLiteral("%1.%2.%3")
              .arg(version / 10000)
              .arg(version / 100 % 100)
              .arg(version % 100);
    m_ui->testResult->setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2")
            .arg(Palette::ok().name(),
                tr("connected — PostgreSQL %1 (%2)").arg(text, m_test->target()).toHtmlEscaped()));
    m_test->close();
    m_test->deleteLater();
    m_test = nullptr;
    validate();
}

void ProfileDialog::onTestFailed(const Error& error)
{
    m_ui->testResult->setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2")
            .arg(textColour(Palette::critical(), *this), error.message.toHtmlEscaped()));
    m_test->deleteLater();
    m_test = nullptr;
    validate();
}

} // namespace opsdash
