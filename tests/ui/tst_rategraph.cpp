#include "ui/statistics/rategraph.h"
#include "uitesthelpers.h"

class TestRateGraph : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolate(m_dir); }
    void scale_data();
    void scale();
    void keepsTheLastSamples();
    void paints();

private:
    QTemporaryDir m_dir;
};

void TestRateGraph::scale_data()
{
    QTest::addColumn<QList<double>>("samples");
    QTest::addColumn<double>("maximum");

    QTest::newRow("empty") << QList<double>{} << 1.0;
    QTest::newRow("small") << QList<double>{0.2, 0.5} << 1.0;
    QTest::newRow("7") << QList<double>{3, 7} << 10.0;
    QTest::newRow("15") << QList<double>{15} << 20.0;
    QTest::newRow("45") << QList<double>{45, 2} << 50.0;
    QTest::newRow("200000") << QList<double>{200000} << 200000.0;
    QTest::newRow("negatives clamp") << QList<double>{-5} << 1.0;
}

void TestRateGraph::scale()
{
    QFETCH(QList<double>, samples);
    QFETCH(double, maximum);
    RateGraph graph;
    for (double s : samples)
        graph.addSample(s);
    QCOMPARE(graph.scaleMaximum(), maximum);
}

void TestRateGraph::keepsTheLastSamples()
{
    RateGraph graph;
    graph.setMaxSamples(10);
    for (int i = 0; i < 25; ++i)
        graph.addSample(i);
    QCOMPARE(graph.samples().size(), 10);
    QCOMPARE(graph.samples().first(), 15.0);
    graph.clear();
    QVERIFY(graph.samples().isEmpty());
}

void TestRateGraph::paints()
{
    RateGraph graph;
    graph.resize(300, 100);
    for (int i = 0; i < 50; ++i)
        graph.addSample(i % 7);
    const QImage image = graph.grab().toImage();
    QVERIFY(!image.isNull());
    // The line is drawn in the palette's highlight colour.
    const QRgb highlight = graph.palette().color(QPalette::Highlight).rgb();
    bool found = false;
    for (int y = 0; y < image.height() && !found; ++y)
        for (int x = 0; x < image.width() && !found; ++x)
            found = qAbs(qRed(image.pixel(x, y)) - qRed(highlight)) < 40 && qAbs(qBlue(image.pixel(x, y)) - qBlue(highlight)) < 40
                && qAbs(qGreen(image.pixel(x, y)) - qGreen(highlight)) < 40;
    QVERIFY(found);
}

QTEST_MAIN(TestRateGraph)
#include "tst_rategraph.moc"
