#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once and never rewound.
//
// Qt's HTTP channel re-sends the current request by itself when the connection closes before
// any answer (a load balancer's idle reset does exactly that), rewinding the body to do so. A
// refresh, a delete or a sign-in must never reach the service twice for one click, so they are
// sent through this device with QNetworkRequest::DoNotBufferUploadDataAttribute: the rewind
// fails and Qt ends the reply with ContentReSendError instead of sending a second copy.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }
    bool atEnd() const override { return m_read >= m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};
