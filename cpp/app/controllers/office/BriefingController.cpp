// The briefing editor (see BriefingController.h). The lists live in their models while they are edited; the whole
// briefing is written as one JSON document (a few kilobytes) after a pause in typing.
#include "app/controllers/office/BriefingController.h"

#include "app/controllers/office/OfficeSession.h"
#include "app/controllers/office/OfficeSignals.h"
#include "core/office/DraftBriefing.h"
#include "core/util/Error.h"
#include "store/office/BriefingRepository.h"
#include "store/office/OfficeStore.h"

#include <QLocale>
#include <QStringList>
#include <QTime>

using maqa::core::Error;
namespace office = maqa::core::office;

namespace {
constexpr int kSavePauseMs = 600;

QStringList toList(const std::vector<std::string> &items)
{
    QStringList out;
    for (const std::string &item : items) {
        out << QString::fromStdString(item);
    }
    return out;
}
} // namespace

BriefingController::BriefingController(OfficeSession *office, QObject *parent)
    : QObject(parent)
    , m_office(office)
{
    for (auto &list : m_lists) {
        list = new BriefingListModel(this);
    }
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSavePauseMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &BriefingController::saveNow);
    connect(office, &OfficeSession::aboutToClose, this, &BriefingController::saveNow);
    connect(office, &OfficeSession::availabilityChanged, this, &BriefingController::load);
    connect(office, &OfficeSession::currentAuditChanged, this, [this] {
        saveNow(); // the briefing being edited belongs to the audit shown until now
        load();
    });
    connect(office->officeSignals(), &OfficeSignals::briefingWasChanged, this, [this](const QString &auditId) {
        if (auditId == m_auditId && !m_dirty) {
            load(); // written elsewhere (maqa-cli, another controller): show it unless the office is typing
        }
    });
}

BriefingController::~BriefingController() = default;

QString BriefingController::title() const
{
    return m_briefing ? QString::fromStdString(m_briefing->title) : QString();
}

QString BriefingController::subtitle() const
{
    return m_briefing ? QString::fromStdString(m_briefing->subtitle) : QString();
}

QString BriefingController::backgroundText() const
{
    return m_briefing ? QString::fromStdString(m_briefing->background.text) : QString();
}

QString BriefingController::sampleFacts() const
{
    if (!m_briefing) {
        return {};
    }
    const office::BriefingBackground &b = m_briefing->background;
    QStringList parts{tr("%n child(ren)", "", b.cases), tr("%n return(s)", "", b.returns)};
    if (!b.ageBands.empty()) {
        parts << tr("ages %1").arg(toList(b.ageBands).join(QStringLiteral(", ")));
    }
    if (!b.needs.empty()) {
        parts << tr("needs: %1").arg(toList(b.needs).join(QStringLiteral(", ")));
    }
    if (!b.agencies.empty()) {
        parts << tr("agencies: %1").arg(toList(b.agencies).join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral(" · "));
}

void BriefingController::load()
{
    m_saveTimer.stop();
    m_dirty = false;
    m_auditId = m_office->currentAuditId();
    m_briefing.reset();
    if (m_office->office() && !m_auditId.isEmpty()) {
        try {
            m_briefing = m_office->office()->briefings().briefing(m_auditId.toStdString());
        } catch (const Error &e) {
            setSaveState({}, QString::fromStdString(e.what()));
        }
    }
    showLists();
    setSaveState(m_briefing ? tr("Saved") : QString());
    emit briefingChanged();
    emit statementsChanged();
}

void BriefingController::showLists()
{
    auto texts = [](const std::vector<std::string> &items) {
        std::vector<BriefingListModel::Row> rows;
        for (const std::string &item : items) {
            rows.push_back({QString::fromStdString(item), {}, {}});
        }
        return rows;
    };
    std::vector<BriefingListModel::Row> themes;
    std::vector<BriefingListModel::Row> links;
    if (m_briefing) {
        for (const office::BriefingTheme &t : m_briefing->themes) {
            themes.push_back({QString::fromStdString(t.title), QString::fromStdString(t.whatWeFound),
                              QString::fromStdString(t.whatNeedsToHappen)});
        }
        for (const office::BriefingLink &l : m_briefing->links) {
            links.push_back({QString::fromStdString(l.title), QString::fromStdString(l.url), {}});
        }
    }
    m_lists[Worries]->reset(texts(m_briefing ? m_briefing->worries : std::vector<std::string>{}));
    m_lists[GoodPractice]->reset(texts(m_briefing ? m_briefing->goodPractice : std::vector<std::string>{}));
    m_lists[Reflection]->reset(texts(m_briefing ? m_briefing->reflectionQuestions : std::vector<std::string>{}));
    m_lists[Themes]->reset(std::move(themes));
    m_lists[Links]->reset(std::move(links));
}

void BriefingController::collectLists()
{
    if (!m_briefing) {
        return;
    }
    auto texts = [](const BriefingListModel *model) {
        std::vector<std::string> items;
        for (const auto &row : model->rows()) {
            items.push_back(row.text.toStdString());
        }
        return items;
    };
    m_briefing->worries = texts(m_lists[Worries]);
    m_briefing->goodPractice = texts(m_lists[GoodPractice]);
    m_briefing->reflectionQuestions = texts(m_lists[Reflection]);
    m_briefing->themes.clear();
    for (const auto &row : m_lists[Themes]->rows()) {
        office::BriefingTheme theme;
        theme.title = row.text.toStdString();
        theme.whatWeFound = row.second.toStdString();
        theme.whatNeedsToHappen = row.third.toStdString();
        m_briefing->themes.push_back(std::move(theme));
    }
    m_briefing->links.clear();
    for (const auto &row : m_lists[Links]->rows()) {
        m_briefing->links.push_back({row.text.toStdString(), row.second.toStdString()});
    }
}

std::optional<office::Briefing> BriefingController::current() const
{
    if (!m_briefing) {
        return std::nullopt;
    }
    auto *self = const_cast<BriefingController *>(this); // collecting copies the models' rows, nothing else
    self->collectLists();
    return m_briefing;
}

office::Briefing &BriefingController::ensure()
{
    if (!m_briefing) {
        office::Briefing briefing;
        briefing.auditId = m_auditId.toStdString();
        if (const auto *audit = m_office->currentAudit()) {
            briefing.title = audit->title + ": learning briefing";
            briefing.subtitle = audit->period;
            briefing.background.cases = int(audit->cases.size());
        }
        m_briefing = std::move(briefing);
        emit briefingChanged();
    }
    return *m_briefing;
}

bool BriefingController::draft()
{
    const office::Analysis *analysis = m_office->analysis();
    const office::AuditInfo *audit = m_office->currentAudit();
    if (!analysis || !audit) {
        const QString why = m_office->analysisProblem();
        setSaveState(m_saveState, why.isEmpty() ? tr("Choose an audit first.") : why);
        return false;
    }
    m_briefing = office::draftBriefing(*audit, *m_office->currentTemplate(), *analysis);
    m_auditId = QString::fromStdString(audit->auditId);
    showLists();
    emit briefingChanged();
    emit statementsChanged();
    m_dirty = true;
    saveNow();
    return m_errorMessage.isEmpty();
}

void BriefingController::setTitle(const QString &text)
{
    if (text != title()) {
        ensure().title = text.toStdString();
        emit briefingChanged();
        edited();
    }
}

void BriefingController::setSubtitle(const QString &text)
{
    if (text != subtitle()) {
        ensure().subtitle = text.toStdString();
        emit briefingChanged();
        edited();
    }
}

void BriefingController::setBackgroundText(const QString &text)
{
    if (text != backgroundText()) {
        ensure().background.text = text.toStdString();
        emit briefingChanged();
        edited();
    }
}

void BriefingController::setField(int list, int row, int field, const QString &text)
{
    if (list < Worries || list > Links || !m_briefing) {
        return;
    }
    if (m_lists[list]->setField(row, field, text)) {
        edited();
        if (list == Worries || list == GoodPractice) {
            emit statementsChanged();
        }
    }
}

int BriefingController::addRow(int list)
{
    if (list < Worries || list > Links || m_auditId.isEmpty()) {
        return -1;
    }
    ensure();
    m_lists[list]->append({});
    edited();
    return m_lists[list]->rowCount() - 1;
}

void BriefingController::removeRow(int list, int row)
{
    if (list >= Worries && list <= Links && m_lists[list]->remove(row)) {
        edited();
        if (list == Worries || list == GoodPractice) {
            emit statementsChanged();
        }
    }
}

bool BriefingController::addStatement(const QString &kind, const QString &text)
{
    const int list = kind == QLatin1String("worry")           ? Worries
                     : kind == QLatin1String("good_practice") ? GoodPractice
                                                              : -1;
    if (list < 0 || text.trimmed().isEmpty() || m_auditId.isEmpty() || holdsStatement(kind, text)) {
        return false;
    }
    ensure();
    m_lists[list]->append({text.trimmed(), {}, {}});
    edited();
    emit statementsChanged();
    return true;
}

bool BriefingController::holdsStatement(const QString &kind, const QString &text) const
{
    const int list = kind == QLatin1String("worry")           ? Worries
                     : kind == QLatin1String("good_practice") ? GoodPractice
                                                              : -1;
    if (list < 0) {
        return false;
    }
    const QString wanted = text.simplified();
    for (const auto &row : m_lists[list]->rows()) {
        if (row.text.simplified() == wanted) {
            return true;
        }
    }
    return false;
}

void BriefingController::edited()
{
    m_dirty = true;
    setSaveState(tr("Saving…"));
    m_saveTimer.start();
}

void BriefingController::saveNow()
{
    m_saveTimer.stop();
    if (!m_dirty || !m_briefing || !m_office->office()) {
        return;
    }
    collectLists();
    try {
        m_dirty = false; // before the write: its notification must not reload over the office's typing
        m_office->office()->briefings().saveBriefing(*m_briefing, m_office->actor());
        setSaveState(tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    } catch (const Error &e) {
        m_dirty = true;
        setSaveState(tr("Not saved"), QString::fromStdString(e.what()));
    }
}

void BriefingController::setSaveState(const QString &state, const QString &error)
{
    if (state != m_saveState || error != m_errorMessage) {
        m_saveState = state;
        m_errorMessage = error;
        emit saveStateChanged();
    }
}
