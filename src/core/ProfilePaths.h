#pragma once

#include <QString>

namespace Natter {

// Where one profile keeps its state. Two profiles never share a file, so two instances can run
// side by side as two people.
class ProfilePaths
{
public:
    // dir empty: the platform's application data folder.
    explicit ProfilePaths(const QString &dir = {});

    const QString &root() const { return m_root; }
    QString database() const;
    QString settings() const;
    QString mediaCache() const;
    QString lockFile() const;

    // Creates the folders; returns false with a reason when the profile cannot be written.
    bool ensureExists(QString *error = nullptr) const;

private:
    QString m_root;
};

} // namespace Natter
