// The learning briefing of the current audit: drafted from the findings (core draftBriefing), then edited by the
// office section by section — background and sample, worries, good practice, themes for learning (what we found,
// what needs to happen), reflection questions, links — and saved as it is typed (after a short pause, and at once
// before locking, switching audit or exporting).
#pragma once

#include "app/models/office/BriefingListModel.h"
#include "core/office/Briefing.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

class OfficeSession;

/** The briefing editor's controller. */
class BriefingController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool hasBriefing READ hasBriefing NOTIFY briefingChanged)          //!< one is drafted or saved
    Q_PROPERTY(QString title READ title NOTIFY briefingChanged)                   //!< "Early Help: 7-minute briefing"
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY briefingChanged)             //!< the period, the month published
    Q_PROPERTY(QString backgroundText READ backgroundText NOTIFY briefingChanged) //!< a short paragraph
    //! The sample in figures: children, returns, age bands, needs, agencies.
    Q_PROPERTY(QString sampleFacts READ sampleFacts NOTIFY briefingChanged)
    Q_PROPERTY(BriefingListModel *worries READ worries CONSTANT)           //!< what we are worried about
    Q_PROPERTY(BriefingListModel *goodPractice READ goodPractice CONSTANT) //!< what good practice we saw
    Q_PROPERTY(BriefingListModel *themes READ themes CONSTANT)         //!< title, what we found, what needs to happen
    Q_PROPERTY(BriefingListModel *reflection READ reflection CONSTANT) //!< questions to reflect on
    Q_PROPERTY(BriefingListModel *links READ links CONSTANT)           //!< title, address
    //! "Saved", "Saving…", or "" before anything was written.
    Q_PROPERTY(QString saveState READ saveState NOTIFY saveStateChanged)
    //! The last refusal in plain words, or "".
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY saveStateChanged)

public:
    /** The briefing's editable lists. */
    enum List { Worries, GoodPractice, Themes, Reflection, Links };
    Q_ENUM(List)

    explicit BriefingController(OfficeSession *office, QObject *parent = nullptr);
    ~BriefingController() override;

    bool hasBriefing() const { return m_briefing.has_value(); }
    QString title() const;
    QString subtitle() const;
    QString backgroundText() const;
    QString sampleFacts() const;
    BriefingListModel *worries() const { return m_lists[Worries]; }
    BriefingListModel *goodPractice() const { return m_lists[GoodPractice]; }
    BriefingListModel *themes() const { return m_lists[Themes]; }
    BriefingListModel *reflection() const { return m_lists[Reflection]; }
    BriefingListModel *links() const { return m_lists[Links]; }
    QString saveState() const { return m_saveState; }
    QString errorMessage() const { return m_errorMessage; }

    /** Replaces the briefing with one drafted from the current findings (the page asks before replacing edits). */
    Q_INVOKABLE bool draft();
    /** Sets the title, the subtitle or the background paragraph. */
    Q_INVOKABLE void setTitle(const QString &text);
    Q_INVOKABLE void setSubtitle(const QString &text);
    Q_INVOKABLE void setBackgroundText(const QString &text);
    /** Sets field @p field (0 text/title, 1 found/address, 2 needs to happen) of row @p row of list @p list. */
    Q_INVOKABLE void setField(int list, int row, int field, const QString &text);
    /** Adds an empty row to list @p list; returns its index. */
    Q_INVOKABLE int addRow(int list);
    /** Removes row @p row of list @p list. */
    Q_INVOKABLE void removeRow(int list, int row);
    /** Adds a statement the returns name ("worry" or "good_practice") unless the briefing holds it already. */
    Q_INVOKABLE bool addStatement(const QString &kind, const QString &text);
    /** True when the briefing holds statement @p text of @p kind. */
    Q_INVOKABLE bool holdsStatement(const QString &kind, const QString &text) const;
    /** Writes pending edits now (before an export, a switch of audit, or locking). */
    Q_INVOKABLE void saveNow();

    /** The briefing as edited (pending edits included), or nullopt. */
    std::optional<maqa::core::office::Briefing> current() const;

signals:
    void briefingChanged();
    void saveStateChanged();
    /** The worries or good practice changed (the findings page marks what the briefing holds). */
    void statementsChanged();

private:
    void load();
    void showLists();
    void collectLists();
    maqa::core::office::Briefing &ensure();
    void edited();
    void setSaveState(const QString &state, const QString &error = {});

    OfficeSession *m_office;
    BriefingListModel *m_lists[5];
    std::optional<maqa::core::office::Briefing> m_briefing;
    QString m_auditId; //!< the audit the loaded briefing belongs to
    bool m_dirty = false;
    QString m_saveState;
    QString m_errorMessage;
    QTimer m_saveTimer;
};
