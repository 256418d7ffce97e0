// The sign-up form as QML sees it: one row per visible field, values written back to the service.
#include "RegistrationFormModel.h"
#include "RegistrationService.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Natter;

namespace {
RegistrationField field(RegistrationField::Type type, const QString &key,
    const QVariant &value = {}, bool required = false)
{
    RegistrationField f;
    f.type = type;
    f.key = key;
    f.label = key.toUpper();
    f.value = value;
    f.required = required;
    return f;
}

RegistrationForm dataForm()
{
    using Type = RegistrationField::Type;
    RegistrationForm form;
    form.isDataForm = true;
    form.instructions = QStringLiteral("Fill in");
    RegistrationField color = field(Type::ListSingle, QStringLiteral("color"));
    color.options = { { QStringLiteral("Red"), QStringLiteral("r") }, { {}, QStringLiteral("g") } };
    RegistrationField topics = field(Type::ListMulti, QStringLiteral("topics"), QStringList());
    topics.options = { { QStringLiteral("News"), QStringLiteral("news") },
        { QStringLiteral("Chat"), QStringLiteral("chat") } };
    form.fields = {
        field(Type::Hidden, QStringLiteral("FORM_TYPE"), QStringLiteral("jabber:iq:register")),
        field(Type::Fixed, QStringLiteral("intro"), QStringLiteral("Welcome")),
        field(Type::TextSingle, QStringLiteral("username"), QString(), true),
        field(Type::TextPrivate, QStringLiteral("password"), QString(), true),
        field(Type::Boolean, QStringLiteral("tos"), false, true),
        color,
        topics,
        field(Type::Unsupported, QStringLiteral("ocr"), QString(), true),
    };
    form.fields.last().description = QStringLiteral("CAPTCHA not supported");
    return form;
}
} // namespace

class TestRegistrationFormModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsVisibleFieldsWithRoles()
    {
        RegistrationService service;
        RegistrationFormModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setService(&service);
        QCOMPARE(model.rowCount(), 0);

        service.showForm(dataForm());
        QCOMPARE(service.step(), RegistrationService::Step::FormReady);
        QCOMPARE(model.rowCount(), 7); // FORM_TYPE is hidden
        const auto roles = model.roleNames();
        const auto at = [&](int row, const char *role) {
            return model.data(model.index(row), roles.key(role));
        };
        QCOMPARE(at(0, "type").toString(), QStringLiteral("fixed"));
        QCOMPARE(at(0, "value").toString(), QStringLiteral("Welcome"));
        QCOMPARE(at(1, "key").toString(), QStringLiteral("username"));
        QCOMPARE(at(1, "label").toString(), QStringLiteral("USERNAME"));
        QCOMPARE(at(1, "required").toBool(), true);
        QCOMPARE(at(2, "type").toString(), QStringLiteral("text-private"));
        QCOMPARE(at(3, "type").toString(), QStringLiteral("boolean"));
        QCOMPARE(at(4, "type").toString(), QStringLiteral("list-single"));
        const QVariantList options = at(4, "options").toList();
        QCOMPARE(options.size(), 2);
        QCOMPARE(
            options.at(0).toMap().value(QStringLiteral("text")).toString(), QStringLiteral("Red"));
        // An option without a label shows its value.
        QCOMPARE(
            options.at(1).toMap().value(QStringLiteral("text")).toString(), QStringLiteral("g"));
        QCOMPARE(at(6, "type").toString(), QStringLiteral("unsupported"));
        QCOMPARE(at(6, "required").toBool(), true);
        QCOMPARE(at(6, "description").toString(), QStringLiteral("CAPTCHA not supported"));
    }

    void valuesGoBackToTheService()
    {
        RegistrationService service;
        RegistrationFormModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setService(&service);
        service.showForm(dataForm());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setValue(1, QStringLiteral("ann"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toModelIndex().row(), 1);
        QCOMPARE(service.form().fields.at(2).value.toString(), QStringLiteral("ann"));
        QCOMPARE(model.data(model.index(1), RegistrationFormModel::ValueRole).toString(),
            QStringLiteral("ann"));

        model.setValue(3, true);
        QCOMPARE(service.form().fields.at(4).value, QVariant(true));

        model.setOptionChecked(5, QStringLiteral("chat"), true);
        model.setOptionChecked(5, QStringLiteral("news"), true);
        model.setOptionChecked(5, QStringLiteral("chat"), false);
        QCOMPARE(service.form().fields.at(6).value.toStringList(),
            QStringList { QStringLiteral("news") });

        // Out of range is ignored, not a crash.
        model.setValue(-1, QStringLiteral("x"));
        model.setValue(99, QStringLiteral("x"));
        QCOMPARE(changed.count(), 5);
    }

    void submitExplainsMissingAndUnsupportedFields()
    {
        RegistrationService service;
        RegistrationForm form = dataForm();
        form.fields.removeLast(); // the CAPTCHA
        service.showForm(form);
        service.submit();
        QCOMPARE(service.errorText(), QStringLiteral("Fill in: USERNAME, PASSWORD."));
        QCOMPARE(service.step(), RegistrationService::Step::FormReady);

        service.showForm(dataForm());
        service.setFieldValue(2, QStringLiteral("ann"));
        service.setFieldValue(3, QStringLiteral("pw"));
        service.submit();
        QCOMPARE(service.errorText(), QStringLiteral("CAPTCHA not supported"));
        QCOMPARE(service.step(), RegistrationService::Step::FormReady);
    }

    void resetsWithANewFormOrService()
    {
        RegistrationService service;
        RegistrationFormModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setService(&service);
        service.showForm(dataForm());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        service.cancel();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(service.step(), RegistrationService::Step::Idle);

        service.showForm(dataForm());
        QCOMPARE(model.rowCount(), 7);
        model.setService(nullptr);
        QCOMPARE(model.rowCount(), 0);
        {
            RegistrationService other;
            other.showForm(dataForm());
            model.setService(&other);
            QCOMPARE(model.rowCount(), 7);
        }
        QCOMPARE(model.rowCount(), 0); // the service went away
    }
};

QTEST_GUILESS_MAIN(TestRegistrationFormModel)
#include "tst_registrationformmodel.moc"
