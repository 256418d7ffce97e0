// Names from messages and URLs become names that are safe to create on every desktop system.
#include "FileNameSanitizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using namespace Qt::StringLiterals;

class TestFileNameSanitizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitizes_data()
    {
        QTest::addColumn<QString>("proposed");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("expected");
        const QString png = QStringLiteral("image/png");
        const auto row = [&](const char *name, const QString &in, const QString &out) {
            QTest::newRow(name) << in << png << out;
        };
        row("plain", u"holiday.jpg"_s, u"holiday.jpg"_s);
        row("unicode kept", u"Ünïcødé ☃ 写真.png"_s, u"Ünïcødé ☃ 写真.png"_s);
        row("dot dot slash", u"../../etc/passwd"_s, u"passwd"_s);
        row("dot dot backslash", u"..\\..\\windows\\system32\\evil.dll"_s, u"evil.dll"_s);
        row("absolute unix", u"/home/someone/.ssh/id_rsa"_s, u"id_rsa"_s);
        row("absolute windows", u"C:\\Users\\x\\Desktop\\report.pdf"_s, u"report.pdf"_s);
        row("drive relative", u"C:secret.txt"_s, u"secret.txt"_s);
        row("unc", u"\\\\server\\share\\dir\\doc.txt"_s, u"doc.txt"_s);
        row("only dot dot", u".."_s, u"file.png"_s);
        row("trailing slash", u"photos/"_s, u"photos"_s);
        row("hidden file", u".bashrc"_s, u"bashrc"_s);
        row("leading dots", u"...profile.jpg"_s, u"profile.jpg"_s);
        row("trailing dots and spaces", u"name.txt. . "_s, u"name.txt"_s);
        row("surrounding spaces", u"  spaced  .jpg"_s, u"spaced  .jpg"_s);
        row("windows invalid", u"a<b>c:d\"e|f?g*h.txt"_s, u"a_b_c_d_e_f_g_h.txt"_s);
        row("c0 controls", u"a\u0001b\tc\nd\u007f.txt"_s, u"abcd.txt"_s);
        row("c1 controls", u"a\u0085b\u009bc.txt"_s, u"abc.txt"_s);
        row("nul", u"a"_s + QChar(0) + u"b.txt"_s, u"ab.txt"_s);
        row("rtl override", u"invoice\u202Efdp.exe"_s, u"invoicefdp.exe"_s);
        row("zero width and bom", u"a\u200Bb\uFEFFc.txt"_s, u"abc.txt"_s);
        row("bidi isolates", u"x\u2066y\u2069.txt"_s, u"xy.txt"_s);
        row("line separator", u"a\u2028b.txt"_s, u"ab.txt"_s);
        row("con", u"CON"_s, u"_CON"_s);
        row("con with extension", u"con.txt"_s, u"_con.txt"_s);
        row("nul mixed case", u"nUl.tar.gz"_s, u"_nUl.tar.gz"_s);
        row("prn", u"prn.jpg"_s, u"_prn.jpg"_s);
        row("aux", u"Aux"_s, u"_Aux"_s);
        row("com1", u"COM1.log"_s, u"_COM1.log"_s);
        row("com9", u"com9"_s, u"_com9"_s);
        row("lpt1", u"LPT1.txt"_s, u"_LPT1.txt"_s);
        row("lpt9", u"lpt9.doc"_s, u"_lpt9.doc"_s);
        row("com superscript", u"COM\u00b9.txt"_s, u"_COM\u00b9.txt"_s);
        row("reserved behind path", u"../x/AUX.png"_s, u"_AUX.png"_s);
        row("reserved with trailing space", u"NUL .txt"_s, u"_NUL .txt"_s);
        row("com0 is fine", u"COM0.txt"_s, u"COM0.txt"_s);
        row("console is fine", u"CONSOLE.txt"_s, u"CONSOLE.txt"_s);
        row("lpt10 is fine", u"LPT10"_s, u"LPT10"_s);
        row("empty", QString(), u"file.png"_s);
        row("only controls", u"\u0001\u0002"_s, u"file.png"_s);
        row("only slashes", u"///"_s, u"file.png"_s);
        row("only dots and spaces", u". . ."_s, u"file.png"_s);
        QTest::newRow("fallback jpeg") << QString() << u"image/jpeg"_s << u"file.jpg"_s;
        QTest::newRow("fallback pdf") << u"../"_s << u"application/pdf"_s << u"file.pdf"_s;
        QTest::newRow("fallback unknown") << QString() << u"x-nonsense/zz"_s << u"file"_s;
        QTest::newRow("fallback no mime") << QString() << QString() << u"file"_s;
    }

    void sanitizes()
    {
        QFETCH(QString, proposed);
        QFETCH(QString, mime);
        QFETCH(QString, expected);
        QCOMPARE(FileNameSanitizer::sanitizedFileName(proposed, mime), expected);
    }

    void limitsLengthKeepingTheExtension()
    {
        const QString name = QString(300, u'a') + u".jpeg";
        const QString safe = FileNameSanitizer::sanitizedFileName(name);
        QCOMPARE(safe.toUtf8().size(), 120);
        QVERIFY(safe.endsWith(u".jpeg"));
    }

    void limitsLengthWithoutSplittingCharacters()
    {
        // 4-byte emoji and a base letter with a combining accent: never cut in half.
        const QString name = u"😀q\u0301"_s.repeated(40) + u".png";
        const QString safe = FileNameSanitizer::sanitizedFileName(name);
        QVERIFY(safe.toUtf8().size() <= 120);
        QVERIFY(safe.endsWith(u".png"));
        const QString base = safe.chopped(4);
        QVERIFY(name.startsWith(base));
        QVERIFY(!base.back().isHighSurrogate());
        QVERIFY(name.at(base.size()).category() != QChar::Mark_NonSpacing);
        QCOMPARE(QString::fromUtf8(safe.toUtf8()), safe);
    }

    void longExtensionIsPartOfTheName()
    {
        const QString safe = FileNameSanitizer::sanitizedFileName(u"x." + QString(200, u'b'));
        QCOMPARE(safe.toUtf8().size(), 120);
        QVERIFY(safe.startsWith(u"x.bbb"));
    }

    void hugeNameIsFast()
    {
        const QString huge = QString(2'000'000, u'é') + u".txt";
        QElapsedTimer timer;
        timer.start();
        const QString safe = FileNameSanitizer::sanitizedFileName(huge);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(safe.toUtf8().size() <= 120);
        QVERIFY(safe.endsWith(u".txt"));
    }

    void uniquePathCountsUp()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto touch = [](const QString &path) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::NewOnly));
        };
        const QString first = FileNameSanitizer::uniqueFilePath(dir.path(), u"photo.jpg"_s);
        QCOMPARE(first, dir.filePath(u"photo.jpg"_s));
        touch(first);
        const QString second = FileNameSanitizer::uniqueFilePath(dir.path(), u"photo.jpg"_s);
        QCOMPARE(second, dir.filePath(u"photo (2).jpg"_s));
        touch(second);
        QCOMPARE(FileNameSanitizer::uniqueFilePath(dir.path(), u"photo.jpg"_s),
            dir.filePath(u"photo (3).jpg"_s));
        touch(dir.filePath(u"README"_s));
        QCOMPARE(FileNameSanitizer::uniqueFilePath(dir.path(), u"README"_s),
            dir.filePath(u"README (2)"_s));
    }

    void uniquePathStaysWithinTheLengthLimit()
    {
        QTemporaryDir dir;
        const QString name = FileNameSanitizer::sanitizedFileName(QString(200, u'n') + u".png");
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString next = FileNameSanitizer::uniqueFilePath(dir.path(), name);
        const QString nextName = next.mid(dir.path().size() + 1);
        QVERIFY(nextName.endsWith(u" (2).png"));
        QVERIFY(nextName.toUtf8().size() <= 120);
    }
};

QTEST_GUILESS_MAIN(TestFileNameSanitizer)
#include "tst_filenamesanitizer.moc"
